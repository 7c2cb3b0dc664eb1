// A read-only mapping of a file much larger than a page, read after its channel is closed and the file is
// deleted (a mapping keeps the file's contents, as mmap does): single bytes and ints at and around 64 KiB
// boundaries, bulk reads that cross them, an int view, a mapping that starts inside the file, and a
// checksum of every byte read backwards.
import java.io.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;

public class MappedLargeFile {
    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("mapped", ".bin");
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + (i >> 9));
        Files.write(file, data);
        MappedByteBuffer whole;
        MappedByteBuffer tail;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            whole = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            tail = ch.map(FileChannel.MapMode.READ_ONLY, 65530, 200_000);
        }
        Files.delete(file);
        for (int at : new int[] {0, 1, 65535, 65536, 65537, 131071, 131072, 524288, (1 << 20) - 1}) {
            System.out.println(at + ": " + whole.get(at) + " " + (at + 4 <= data.length ? whole.getInt(Math.min(at, data.length - 4)) : 0));
        }
        byte[] chunk = new byte[70_000];
        whole.position(60_000);
        whole.get(chunk);
        long sum = 0;
        for (byte b : chunk) sum = sum * 31 + b;
        System.out.println("chunk " + sum + " position " + whole.position());
        IntBuffer ints = whole.order(ByteOrder.LITTLE_ENDIAN).position(0).asIntBuffer();
        System.out.println("ints " + ints.get(16383) + " " + ints.get(16384) + " " + ints.get(ints.limit() - 1));
        System.out.println("tail " + tail.capacity() + " " + tail.get(0) + " " + tail.get(6) + " " + tail.get(199_999));
        long all = 0;
        for (int i = whole.capacity() - 1; i >= 0; i -= 7) all = all * 131 + whole.get(i);
        System.out.println("all " + all);
        boolean same = true;
        for (int i = 0; i < data.length; i += 4093) same &= whole.get(i) == data[i];
        System.out.println("same " + same);
    }
}
