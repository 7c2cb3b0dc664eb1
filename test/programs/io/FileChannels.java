import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;

// FileChannel over heap and direct buffers: read, write, positioned I/O, size, truncate, force, scatter and
// gather, transfers, read-only memory mapping, locks, channels from streams and RandomAccessFile.
public class FileChannels {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-ch-" + System.nanoTime()));
        try {
            run(dir);
        } finally {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) Files.delete(p);
            }
            Files.delete(dir);
        }
        System.out.println("done: " + Files.exists(dir));
    }

    static void run(Path dir) throws IOException {
        Path f = dir.resolve("chan.bin");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer heap = ByteBuffer.wrap("heap buffer data|".getBytes(StandardCharsets.US_ASCII));
            System.out.println("write heap: " + ch.write(heap) + " position " + ch.position() + " size " + ch.size());
            ByteBuffer direct = ByteBuffer.allocateDirect(64);
            direct.putInt(0xCAFEBABE).putLong(Long.MIN_VALUE).putDouble(2.25).flip();
            System.out.println("write direct: " + ch.write(direct) + " position " + ch.position());
            ByteBuffer at = ByteBuffer.wrap("@@".getBytes(StandardCharsets.US_ASCII));
            System.out.println("positioned write: " + ch.write(at, 4) + " position unchanged " + ch.position());
            ByteBuffer[] gather = {ByteBuffer.wrap(new byte[] {1, 2}), ByteBuffer.allocateDirect(3).put(new byte[] {3, 4, 5}).flip()};
            System.out.println("gathering write: " + ch.write(gather) + " size " + ch.size());

            ch.position(0);
            ByteBuffer rd = ByteBuffer.allocate(17);
            System.out.println("read: " + ch.read(rd) + " " + new String(rd.array(), StandardCharsets.US_ASCII));
            ByteBuffer rdd = ByteBuffer.allocateDirect(20);
            System.out.println("read direct: " + ch.read(rdd));
            rdd.flip();
            System.out.println("  int " + Integer.toHexString(rdd.getInt()) + " long " + rdd.getLong() + " double " + rdd.getDouble());
            ByteBuffer p = ByteBuffer.allocate(4);
            System.out.println("positioned read: " + ch.read(p, 2) + " " + new String(p.array(), StandardCharsets.US_ASCII));
            ByteBuffer[] scatter = {ByteBuffer.allocate(2), ByteBuffer.allocateDirect(10)};
            ch.position(ch.size() - 5);
            System.out.println("scattering read: " + ch.read(scatter) + " remaining " + scatter[1].remaining());
            System.out.println("read at end: " + ch.read(ByteBuffer.allocate(1)) + " read past end: " + ch.read(ByteBuffer.allocate(1), 1000));
            ch.force(true);
            ch.truncate(10);
            System.out.println("truncated: size " + ch.size() + " position " + ch.position());
            ch.position(20);
            ch.write(ByteBuffer.wrap(new byte[] {9}));
            System.out.println("write after gap: size " + ch.size());

            FileLock lock = ch.lock();
            System.out.println("lock: valid " + lock.isValid() + " shared " + lock.isShared() + " size " + lock.size());
            lock.release();
            System.out.println("released: valid " + lock.isValid());
            FileLock region = ch.tryLock(0, 5, false);
            System.out.println("tryLock region: " + (region != null) + " overlaps " + region.overlaps(3, 10));
            try {
                ch.lock(2, 2, false);
            } catch (OverlappingFileLockException e) {
                System.out.println("overlapping lock: OverlappingFileLockException");
            }
            region.close();
        }

        Path text = dir.resolve("text.txt");
        Files.writeString(text, "mapped file contents");
        try (FileChannel ch = FileChannel.open(text)) {
            MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, 7, 4);
            byte[] b = new byte[mb.remaining()];
            mb.get(b);
            System.out.println("mapped: " + new String(b, StandardCharsets.US_ASCII) + " loaded " + mb.isLoaded() + " direct " + mb.isDirect());
            try {
                ch.write(ByteBuffer.allocate(1));
            } catch (NonWritableChannelException e) {
                System.out.println("write to read channel: NonWritableChannelException");
            }
            Path target = dir.resolve("copy.txt");
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                System.out.println("transferTo: " + ch.transferTo(0, ch.size(), out));
            }
            try (FileChannel in2 = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                System.out.println("transferFrom: " + in2.transferFrom(FileChannel.open(text), 4, 6));
            }
            System.out.println("copy now: " + Files.readString(target));
        }

        try (FileOutputStream fos = new FileOutputStream(dir.resolve("fos.bin").toFile())) {
            FileChannel c = fos.getChannel();
            c.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            fos.write(4);
            System.out.println("stream channel: position " + c.position() + " size " + c.size());
        }
        try (FileInputStream fis = new FileInputStream(dir.resolve("fos.bin").toFile())) {
            FileChannel c = fis.getChannel();
            c.position(2);
            System.out.println("input channel read at 2: " + fis.read() + " position " + c.position());
        }
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("fos.bin").toFile(), "rw")) {
            FileChannel c = raf.getChannel();
            raf.seek(1);
            System.out.println("raf channel position follows seek: " + c.position());
            c.position(3);
            System.out.println("raf pointer follows channel: " + raf.getFilePointer() + " read " + raf.read());
        }
        FileChannel closed = FileChannel.open(text);
        closed.close();
        try {
            closed.read(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("closed channel: ClosedChannelException open=" + closed.isOpen());
        }
    }
}
