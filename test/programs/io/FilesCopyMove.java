import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.util.*;

// Files.copy and Files.move: files, directories, REPLACE_EXISTING, COPY_ATTRIBUTES, streams to and from
// paths, renames within a directory tree.
public class FilesCopyMove {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-cm-" + System.nanoTime()));
        try {
            run(dir);
        } finally {
            deleteTree(dir);
        }
        System.out.println("removed: " + Files.notExists(dir));
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path k : ds) deleteTree(k);
            }
        }
        Files.delete(p);
    }

    static List<String> listing(Path d) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
            for (Path p : ds) names.add(p.getFileName() + (Files.isDirectory(p) ? "/" : ""));
        }
        Collections.sort(names);
        return names;
    }

    static void run(Path dir) throws IOException {
        Path src = dir.resolve("src.txt");
        Files.writeString(src, "original content");
        Files.setLastModifiedTime(src, FileTime.fromMillis(1234567890000L));
        Path copy = Files.copy(src, dir.resolve("copy.txt"));
        System.out.println("copy: " + Files.readString(copy) + " same mtime " + Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(src)));
        Path copy2 = Files.copy(src, dir.resolve("copy2.txt"), StandardCopyOption.COPY_ATTRIBUTES);
        System.out.println("copy with attributes: mtime " + Files.getLastModifiedTime(copy2));
        Files.writeString(copy, "changed");
        Files.copy(src, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced: " + Files.readString(copy));

        Path moved = Files.move(copy, dir.resolve("moved.txt"));
        System.out.println("move: exists old " + Files.exists(copy) + " new " + Files.readString(moved));
        Files.writeString(copy, "will be replaced");
        try {
            Files.move(moved, copy);
        } catch (FileAlreadyExistsException e) {
            System.out.println("move onto existing: FileAlreadyExistsException");
        }
        Files.move(moved, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("atomic replace: " + Files.readString(copy) + " " + listing(dir));

        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("leaf.txt"), "leaf");
        Path renamed = Files.move(dir.resolve("tree"), dir.resolve("renamed-tree"));
        System.out.println("moved directory: " + Files.readString(renamed.resolve("a/b/leaf.txt")) + " " + listing(dir));
        Path emptyCopy = Files.copy(renamed, dir.resolve("dir-copy"));
        System.out.println("copied directory is empty: " + listing(emptyCopy));
        try {
            Files.copy(src, renamed, StandardCopyOption.REPLACE_EXISTING);
        } catch (DirectoryNotEmptyException e) {
            System.out.println("replace non-empty dir: DirectoryNotEmptyException");
        }
        Files.copy(src, emptyCopy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced empty dir by file: " + Files.isRegularFile(emptyCopy));

        long n = Files.copy(new ByteArrayInputStream("from a stream".getBytes()), dir.resolve("fromstream.txt"));
        System.out.println("copied from stream: " + n + " " + Files.readString(dir.resolve("fromstream.txt")));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        System.out.println("copied to stream: " + Files.copy(src, bos) + " " + bos);
        try {
            Files.copy(new ByteArrayInputStream(new byte[1]), src);
        } catch (FileAlreadyExistsException e) {
            System.out.println("stream onto existing: FileAlreadyExistsException");
        }
        Files.copy(new ByteArrayInputStream(new byte[] {65, 66}), src, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("stream replace: " + Files.readString(src));
        System.out.println("final listing: " + listing(dir));
    }
}
