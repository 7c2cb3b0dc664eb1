import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bulk copies through raw memory (Unsafe.copyMemory and setMemory): direct buffers' bulk get and put from
 * and to arrays of several types, direct-to-direct puts, compact() (an overlapping copy within one
 * buffer), duplicates and slices of one buffer copied into each other in both directions, zeroing of new
 * direct buffers, and file channel reads and writes with heap buffers (which go through temporary direct
 * ones).
 */
public class DirectBufferBulk {
    static long hash(byte[] b) {
        long h = 7;
        for (byte x : b) h = h * 31 + x;
        return h;
    }

    public static void main(String[] args) throws IOException {
        byte[] src = new byte[10_000];
        for (int i = 0; i < src.length; i++) src[i] = (byte) (i * 7 + i / 256);

        ByteBuffer direct = ByteBuffer.allocateDirect(12_000);
        int zeros = 0;
        while (direct.hasRemaining()) if (direct.get() == 0) zeros++;
        System.out.println("new direct buffer zero bytes: " + zeros);
        direct.clear();
        direct.put(src, 3, 9_000).put(src, 0, 10).put((byte) 5);
        byte[] back = new byte[direct.position()];
        direct.flip();
        direct.get(back);
        System.out.println("put/get " + back.length + " " + hash(back));

        // compact: the unread bytes move to the front, overlapping where they were.
        direct.position(100).limit(5_000);
        direct.compact();
        byte[] compacted = new byte[4_900];
        direct.flip();
        direct.get(compacted);
        System.out.println("compact " + direct.limit() + " " + hash(compacted) + " " + Arrays.equals(compacted, 0, 4_900, back, 100, 5_000));

        // One buffer copied into itself through two views, both ways round.
        ByteBuffer whole = ByteBuffer.allocateDirect(4_000);
        whole.put(src, 0, 4_000).clear();
        ByteBuffer low = whole.duplicate().position(0).limit(3_000).slice();
        ByteBuffer high = whole.duplicate().position(1_000).limit(4_000).slice();
        high.put(low);
        byte[] afterUp = new byte[4_000];
        whole.get(0, afterUp);
        whole.put(0, src, 0, 4_000);
        low = whole.duplicate().position(0).limit(3_000).slice();
        high = whole.duplicate().position(1_000).limit(4_000).slice();
        low.put(high);
        byte[] afterDown = new byte[4_000];
        whole.get(0, afterDown);
        System.out.println("overlapping views " + hash(afterUp) + " " + hash(afterDown));

        // Other element types: a long[] and a char[] through direct views (byte order swaps element-wise).
        ByteBuffer longs = ByteBuffer.allocateDirect(8 * 500);
        LongBuffer lb = longs.asLongBuffer();
        long[] ls = new long[500];
        for (int i = 0; i < ls.length; i++) ls[i] = i * 0x0101_0101_0101L - 3;
        lb.put(ls);
        long[] ls2 = new long[500];
        lb.flip();
        lb.get(ls2);
        CharBuffer cb = ByteBuffer.allocateDirect(2 * 300).order(java.nio.ByteOrder.nativeOrder()).asCharBuffer();
        cb.put("direct chars ".repeat(20), 0, 260);
        char[] cs = new char[260];
        cb.flip();
        cb.get(cs);
        System.out.println("longs " + Arrays.equals(ls, ls2) + " " + longs.getLong(8 * 7) + " chars " + new String(cs, 0, 26));

        Path file = Files.createTempFile("tsjvm-bulk", ".bin");
        try {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer heap = ByteBuffer.wrap(src);
                while (heap.hasRemaining()) ch.write(heap);
                ch.write(ByteBuffer.wrap(src, 17, 300), 20_000);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer heap = ByteBuffer.allocate(25_000);
                long total = 0;
                int n;
                while ((n = ch.read(heap)) > 0) total += n;
                System.out.println("file " + ch.size() + " read " + total + " " + hash(Arrays.copyOf(heap.array(), (int) total)));
            }
        } finally {
            Files.delete(file);
        }
    }
}
