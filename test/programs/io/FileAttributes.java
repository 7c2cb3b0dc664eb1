import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;

// File attribute views: basic and POSIX attributes, permissions, times, readAttributes by name,
// file keys, directory and symbolic link flags.
public class FileAttributes {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-attr-" + System.nanoTime()));
        try {
            run(dir);
        } finally {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    static void run(Path dir) throws IOException {
        Path f = dir.resolve("attrs.txt");
        Files.write(f, new byte[1234]);
        BasicFileAttributes b = Files.readAttributes(f, BasicFileAttributes.class);
        System.out.println("basic: size " + b.size() + " regular " + b.isRegularFile() + " dir " + b.isDirectory() + " link " + b.isSymbolicLink()
                + " other " + b.isOther() + " key " + (b.fileKey() != null));
        System.out.println("times ordered: " + (b.creationTime().compareTo(b.lastModifiedTime()) <= 0));
        FileTime t = FileTime.fromMillis(1000000000000L);
        Files.setLastModifiedTime(f, t);
        System.out.println("mtime: " + Files.getLastModifiedTime(f) + " " + Files.getLastModifiedTime(f).toMillis());
        BasicFileAttributeView view = Files.getFileAttributeView(f, BasicFileAttributeView.class);
        view.setTimes(FileTime.fromMillis(1600000000500L), FileTime.fromMillis(1500000000250L), null);
        BasicFileAttributes b2 = view.readAttributes();
        System.out.println("setTimes: modified " + b2.lastModifiedTime() + " accessed " + b2.lastAccessTime());
        Files.setAttribute(f, "basic:lastModifiedTime", FileTime.fromMillis(0));
        System.out.println("setAttribute: " + Files.getAttribute(f, "lastModifiedTime"));

        PosixFileAttributes px = Files.readAttributes(f, PosixFileAttributes.class);
        System.out.println("owner == user.name-ish: " + (px.owner() != null) + " group present: " + (px.group() != null));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        System.out.println("permissions: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_WRITE);
        Files.setPosixFilePermissions(f, perms);
        System.out.println("permissions now: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)) + " executable " + Files.isExecutable(f));
        Files.setAttribute(f, "posix:permissions", PosixFilePermissions.fromString("rw-rw-r--"));
        System.out.println("via setAttribute: " + PosixFilePermissions.toString((Set<PosixFilePermission>) Files.getAttribute(f, "posix:permissions")));

        Map<String, Object> map = Files.readAttributes(f, "size,isRegularFile,isDirectory");
        System.out.println("by name: " + new TreeMap<>(map));
        Map<String, Object> unix = Files.readAttributes(f, "unix:mode,nlink,size");
        System.out.println("unix: mode " + Integer.toOctalString((Integer) unix.get("mode")) + " nlink " + unix.get("nlink") + " size " + unix.get("size"));
        try {
            Files.readAttributes(f, "basic:nonsense");
        } catch (IllegalArgumentException e) {
            System.out.println("unknown attribute: " + e.getMessage());
        }

        Path sub = Files.createDirectory(dir.resolve("sub"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        System.out.println("dir created with permissions: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(sub)));
        Path made = Files.createFile(dir.resolve("made"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--------")));
        System.out.println("file created with permissions: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        BasicFileAttributes da = Files.readAttributes(sub, BasicFileAttributes.class);
        System.out.println("directory: dir " + da.isDirectory() + " regular " + da.isRegularFile());
        System.out.println("same key: " + Files.readAttributes(f, BasicFileAttributes.class).fileKey().equals(
                Files.readAttributes(dir.resolve("./attrs.txt"), BasicFileAttributes.class).fileKey()));
        System.out.println("views: " + new TreeSet<>(f.getFileSystem().supportedFileAttributeViews()));
        FileStore store = Files.getFileStore(f);
        System.out.println("store supports posix: " + store.supportsFileAttributeView(PosixFileAttributeView.class)
                + " total > 0 " + (store.getTotalSpace() > 0));
    }
}
