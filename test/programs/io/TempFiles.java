import java.io.*;
import java.nio.file.*;

// Temporary files and directories: Files.createTempFile/createTempDirectory (default and explicit
// directories), File.createTempFile, deleteOnExit, names checked by shape only.
public class TempFiles {
    public static void main(String[] args) throws IOException {
        Path tmpDir = Files.createTempDirectory("tsjvm-tmp");
        String tmpRoot = System.getProperty("java.io.tmpdir");
        System.out.println("temp dir under java.io.tmpdir: " + tmpDir.getParent().equals(Paths.get(tmpRoot))
                + " name prefix " + tmpDir.getFileName().toString().startsWith("tsjvm-tmp") + " is dir " + Files.isDirectory(tmpDir));
        System.out.println("temp dir permissions: " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmpDir)));
        Path f1 = Files.createTempFile(tmpDir, "pre-", ".tmp");
        String n1 = f1.getFileName().toString();
        System.out.println("temp file: prefix " + n1.startsWith("pre-") + " suffix " + n1.endsWith(".tmp") + " size " + Files.size(f1)
                + " in dir " + f1.getParent().equals(tmpDir));
        System.out.println("temp file permissions: " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f1)));
        Path f2 = Files.createTempFile(tmpDir, null, null);
        System.out.println("default suffix: " + f2.getFileName().toString().endsWith(".tmp") + " distinct " + !f1.equals(f2));
        Path d2 = Files.createTempDirectory(tmpDir, null);
        System.out.println("nested temp dir: " + Files.isDirectory(d2));
        File old = File.createTempFile("legacy", null, tmpDir.toFile());
        System.out.println("File.createTempFile: " + old.getName().startsWith("legacy") + " " + old.getName().endsWith(".tmp") + " " + old.isFile());
        try {
            File.createTempFile("ab", null);
        } catch (IllegalArgumentException e) {
            System.out.println("short prefix: " + e.getMessage());
        }
        try {
            Files.createTempFile(tmpDir.resolve("missing"), "x", null);
        } catch (NoSuchFileException e) {
            System.out.println("missing dir: NoSuchFileException");
        }
        try {
            Files.createTempFile("bad/prefix", null);
        } catch (IllegalArgumentException e) {
            System.out.println("bad prefix: " + e.getMessage());
        }
        File marked = new File(tmpDir.toFile(), "on-exit");
        marked.createNewFile();
        marked.deleteOnExit();
        Files.delete(f1);
        Files.delete(f2);
        Files.delete(d2);
        old.delete();
        marked.delete();
        Files.delete(tmpDir);
        System.out.println("all removed: " + Files.notExists(tmpDir));
    }
}
