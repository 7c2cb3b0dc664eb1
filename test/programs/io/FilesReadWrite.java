import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

// java.nio.file.Files reading and writing: bytes, strings, lines, buffered readers and writers, streams,
// open options.
public class FilesReadWrite {
    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-rw-" + System.nanoTime());
        Files.createDirectory(dir);
        try {
            run(dir);
        } finally {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) Files.delete(p);
            }
            Files.delete(dir);
        }
        System.out.println("cleaned up: " + Files.notExists(dir));
    }

    static void run(Path dir) throws IOException {
        Path f = dir.resolve("hello.txt");
        Files.write(f, "Hello, NIO!\n".getBytes(StandardCharsets.UTF_8));
        System.out.println("exists " + Files.exists(f) + " regular " + Files.isRegularFile(f) + " dir " + Files.isDirectory(f)
                + " size " + Files.size(f));
        System.out.println("readAllBytes: " + new String(Files.readAllBytes(f), StandardCharsets.UTF_8).trim());
        Files.write(f, Arrays.asList("alpha", "beta", "gamma δ"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.println("lines: " + Files.readAllLines(f));
        Files.writeString(f, "replaced ✓");
        System.out.println("readString: " + Files.readString(f) + " (" + Files.size(f) + " bytes)");
        Files.writeString(f, " + more", StandardOpenOption.APPEND);
        System.out.println("appended: " + Files.readString(f, StandardCharsets.UTF_8));

        Path g = dir.resolve("buffered.txt");
        try (BufferedWriter w = Files.newBufferedWriter(g)) {
            for (int i = 1; i <= 5; i++) {
                w.write("line " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(g)) {
            String line;
            StringBuilder sb = new StringBuilder();
            while ((line = r.readLine()) != null) sb.append('[').append(line).append(']');
            System.out.println("buffered: " + sb);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("stream.bin"))) {
            for (int i = 0; i < 1000; i++) out.write(i);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("stream.bin"))) {
            long sum = 0;
            int b;
            while ((b = in.read()) != -1) sum += b;
            System.out.println("stream sum " + sum + " skip " + in.skip(10));
        }
        try (InputStream in = Files.newInputStream(dir.resolve("stream.bin"))) {
            System.out.println("skip " + in.skip(990) + " available " + in.available() + " rest " + in.readAllBytes().length);
        }

        Path created = dir.resolve("new.txt");
        Files.write(created, new byte[] {1, 2, 3}, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.write(created, new byte[] {4}, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            System.out.println("CREATE_NEW again: " + e.getClass().getSimpleName() + " " + e.getFile().endsWith("new.txt"));
        }
        Files.write(created, new byte[] {9}, StandardOpenOption.WRITE);
        System.out.println("overwrite without truncate: " + Arrays.toString(Files.readAllBytes(created)));
        Files.write(created, new byte[] {8}, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("truncated: " + Arrays.toString(Files.readAllBytes(created)));
        try {
            Files.write(dir.resolve("absent.txt"), new byte[] {1}, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            System.out.println("WRITE without CREATE: NoSuchFileException " + e.getFile().endsWith("absent.txt"));
        }
        try {
            Files.readAllBytes(dir.resolve("absent.txt"));
        } catch (NoSuchFileException e) {
            System.out.println("read missing: " + e.getMessage().endsWith("absent.txt"));
        }
        try {
            Files.readAllBytes(dir);
        } catch (IOException e) {
            System.out.println("read a directory: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Path big = dir.resolve("big.bin");
        byte[] data = new byte[200000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7);
        Files.write(big, data);
        byte[] back = Files.readAllBytes(big);
        System.out.println("big round trip: " + Arrays.equals(data, back) + " " + Files.size(big));
        System.out.println("mismatch: " + Files.mismatch(big, big) + " " + Files.mismatch(big, created));
        System.out.println("isSameFile: " + Files.isSameFile(f, dir.resolve("./hello.txt")) + " " + Files.isSameFile(f, g));
        System.out.println("readable " + Files.isReadable(f) + " writable " + Files.isWritable(f) + " executable " + Files.isExecutable(f)
                + " hidden " + Files.isHidden(dir.resolve(".x")));
    }
}
