import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;

// Memory-mapped files: read-only, read-write (force, overlapping mappings, growing the file by mapping past
// its end) and private (copy-on-write) mappings, seen through other reads of the file.
public class MappedFiles {
    public static void main(String[] args) throws IOException {
        Path p = Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-mapped-" + System.nanoTime() + ".bin");
        try {
            run(p);
        } finally {
            Files.deleteIfExists(p);
        }
        System.out.println("removed: " + Files.notExists(p));
    }

    static String contents(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).replace('\0', '.');
    }

    static void run(Path p) throws IOException {
        Files.write(p, "0123456789".getBytes(StandardCharsets.US_ASCII));
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer ro = ch.map(FileChannel.MapMode.READ_ONLY, 3, 4);
            System.out.println("read-only: " + (char) ro.get(0) + (char) ro.get(3) + " readOnly " + ro.isReadOnly() + " capacity " + ro.capacity());
            try {
                ro.put(0, (byte) 'x');
            } catch (ReadOnlyBufferException e) {
                System.out.println("store to read-only mapping: ReadOnlyBufferException");
            }
            MappedByteBuffer rw = ch.map(FileChannel.MapMode.READ_WRITE, 2, 4);
            rw.put((byte) 'A').put((byte) 'B');
            rw.force();
            System.out.println("after force: " + contents(p));
            MappedByteBuffer whole = ch.map(FileChannel.MapMode.READ_WRITE, 0, 12);
            System.out.println("second mapping sees the first: " + (char) whole.get(2) + (char) whole.get(3));
            whole.put(11, (byte) 'Z');
            rw.put(2, (byte) 'C');
            System.out.println("mapping past the end grew the file to " + ch.size());
            whole.order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) 0x4847);
        }
        System.out.println("after close: " + contents(p));
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer priv = ch.map(FileChannel.MapMode.PRIVATE, 0, 4);
            priv.put(0, (byte) 'p');
            System.out.println("private mapping: " + (char) priv.get(0) + " file still " + contents(p));
            ByteBuffer direct = ByteBuffer.allocateDirect(4);
            ch.read(direct, 0);
            direct.flip();
            System.out.println("channel read: " + (char) direct.get(0) + (char) direct.get(1));
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            try {
                ch.map(FileChannel.MapMode.READ_WRITE, 0, 1);
            } catch (NonWritableChannelException e) {
                System.out.println("read-write map of a read channel: NonWritableChannelException");
            }
            MappedByteBuffer empty = ch.map(FileChannel.MapMode.READ_ONLY, 0, 0);
            System.out.println("empty mapping capacity " + empty.capacity());
        }
    }
}
