import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;

// Symbolic and hard links: create, read, follow or not, dangling links, real paths and canonical paths
// through links, deleting links.
public class SymbolicLinks {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-ln-" + System.nanoTime()));
        Path real = dir.toRealPath();
        try {
            run(dir, real);
        } finally {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        try (DirectoryStream<Path> in = Files.newDirectoryStream(p)) {
                            for (Path q : in) Files.delete(q);
                        }
                    }
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
        System.out.println("cleaned " + Files.notExists(dir));
    }

    static String rel(Path real, Object p) {
        String s = p.toString();
        return s.startsWith(real.toString()) ? "DIR" + s.substring(real.toString().length()) : s;
    }

    static void run(Path dir, Path real) throws IOException {
        Path target = Files.writeString(dir.resolve("target.txt"), "through the link");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), Paths.get("target.txt"));
        Path dirLink = Files.createSymbolicLink(dir.resolve("dirlink"), sub);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), Paths.get("nowhere"));
        System.out.println("readSymbolicLink: " + Files.readSymbolicLink(link) + " / " + rel(real, Files.readSymbolicLink(dirLink).toRealPath()));
        System.out.println("isSymbolicLink " + Files.isSymbolicLink(link) + " " + Files.isSymbolicLink(target));
        System.out.println("follow: regular " + Files.isRegularFile(link) + " nofollow regular " + Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        System.out.println("content via link: " + Files.readString(link));
        BasicFileAttributes la = Files.readAttributes(link, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        System.out.println("link attributes: symlink " + la.isSymbolicLink() + " size " + la.size());
        System.out.println("dangling: exists " + Files.exists(dangling) + " nofollow " + Files.exists(dangling, LinkOption.NOFOLLOW_LINKS)
                + " notExists " + Files.notExists(dangling));
        try {
            Files.readString(dangling);
        } catch (NoSuchFileException e) {
            System.out.println("read dangling: NoSuchFileException " + rel(real, e.getFile()).replace(dir.toString(), "DIR"));
        }
        System.out.println("toRealPath: " + rel(real, link.toRealPath()) + " nofollow " + rel(real, link.toRealPath(LinkOption.NOFOLLOW_LINKS)));
        System.out.println("canonical: " + rel(real, new File(dirLink.toFile(), "../target.txt").getCanonicalPath()));
        System.out.println("canonical dangling: " + rel(real, dangling.toFile().getCanonicalPath()));
        Files.writeString(dirLink.resolve("in-sub.txt"), "x");
        System.out.println("write through dir link: " + Files.exists(sub.resolve("in-sub.txt")));
        System.out.println("isSameFile: " + Files.isSameFile(link, target) + " " + Files.isSameFile(dirLink, sub));
        Path hard = Files.createLink(dir.resolve("hard.txt"), target);
        System.out.println("hard link: " + Files.readString(hard) + " nlink " + Files.getAttribute(target, "unix:nlink") + " same " + Files.isSameFile(hard, target));
        try {
            Files.createSymbolicLink(link, target);
        } catch (FileAlreadyExistsException e) {
            System.out.println("link exists: FileAlreadyExistsException");
        }
        Path loop1 = Files.createSymbolicLink(dir.resolve("loop1"), Paths.get("loop2"));
        Files.createSymbolicLink(dir.resolve("loop2"), Paths.get("loop1"));
        try {
            Files.readString(loop1);
        } catch (FileSystemException e) {
            System.out.println("loop: " + e.getClass().getSimpleName() + " " + e.getReason());
        }
        System.out.println("java.io on links: exists " + link.toFile().exists() + " dangling " + dangling.toFile().exists() + " length " + link.toFile().length());
        Files.delete(link);
        System.out.println("deleted link, target still there: " + Files.exists(target) + " link gone " + Files.notExists(link, LinkOption.NOFOLLOW_LINKS));
        System.out.println("File.delete dangling: " + dangling.toFile().delete());
    }
}
