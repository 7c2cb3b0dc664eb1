import java.io.*;
import java.nio.file.*;

// The exceptions and messages Files operations throw for errno values: NoSuchFileException,
// FileAlreadyExistsException, DirectoryNotEmptyException, NotDirectoryException, FileSystemException.
public class FilesErrors {
    static String base;

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-err-" + System.nanoTime());
        base = dir.toString();
        Files.createDirectory(dir);
        try {
            run(dir);
        } finally {
            deleteTree(dir);
        }
        System.out.println("gone: " + !Files.exists(dir));
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path k : ds) deleteTree(k);
            }
        }
        Files.delete(p);
    }

    static void show(String what, Exception e) {
        String msg = String.valueOf(e.getMessage()).replace(base, "DIR");
        System.out.println(what + ": " + e.getClass().getName() + ": " + msg);
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            System.out.println("    file=" + str(f.getFile()) + " other=" + str(f.getOtherFile()) + " reason=" + f.getReason());
        }
    }

    static String str(String s) {
        return s == null ? "null" : s.replace(base, "DIR");
    }

    static void run(Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("file"));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createFile(sub.resolve("inner"));
        Path missing = dir.resolve("missing");
        try { Files.createFile(file); } catch (IOException e) { show("createFile existing", e); }
        try { Files.createDirectory(sub); } catch (IOException e) { show("createDirectory existing", e); }
        try { Files.createDirectory(missing.resolve("x")); } catch (IOException e) { show("createDirectory no parent", e); }
        try { Files.createDirectories(file.resolve("x")); } catch (IOException e) { show("createDirectories under file", e); }
        try { Files.delete(missing); } catch (IOException e) { show("delete missing", e); }
        System.out.println("deleteIfExists missing: " + Files.deleteIfExists(missing));
        try { Files.delete(sub); } catch (IOException e) { show("delete non-empty", e); }
        try { Files.size(missing); } catch (IOException e) { show("size missing", e); }
        try { Files.newDirectoryStream(file); } catch (IOException e) { show("list a file", e); }
        try { Files.newDirectoryStream(missing); } catch (IOException e) { show("list missing", e); }
        try { Files.move(missing, dir.resolve("other")); } catch (IOException e) { show("move missing", e); }
        try { Files.move(file, sub); } catch (IOException e) { show("move onto non-empty dir", e); }
        try { Files.copy(file, sub.resolve("inner")); } catch (IOException e) { show("copy onto existing", e); }
        try { Files.copy(missing, dir.resolve("c")); } catch (IOException e) { show("copy missing", e); }
        try { Files.readAttributes(missing, "basic:size"); } catch (IOException e) { show("attributes of missing", e); }
        try { Files.getLastModifiedTime(file.resolve("x")); } catch (IOException e) { show("under a file", e); }
        try { Files.newBufferedReader(sub); Files.readString(sub); } catch (IOException e) { show("read dir", e); }
        try { Files.readSymbolicLink(file); } catch (IOException e) { show("readSymbolicLink of a file", e); }
        try { Files.createLink(dir.resolve("hard"), missing); } catch (IOException e) { show("link to missing", e); }
        try { Files.newOutputStream(sub); } catch (IOException e) { show("write a directory", e); }
        try { file.toRealPath(); missing.toRealPath(); } catch (IOException e) { show("toRealPath missing", e); }
        try { Files.getFileStore(missing); } catch (IOException e) { show("getFileStore missing", e); }
    }
}
