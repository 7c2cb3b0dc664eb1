import java.io.*;

// RandomAccessFile: modes, seek/getFilePointer, length/setLength, typed reads and writes, EOF, and errors.
public class RandomAccess {
    public static void main(String[] args) throws Exception {
        File dir = new File(System.getProperty("java.io.tmpdir"), "tsjvm-raf-" + System.nanoTime());
        if (!dir.mkdir()) throw new IOException("cannot create temp dir");
        try {
            run(dir);
        } finally {
            File[] kids = dir.listFiles();
            if (kids != null) for (File k : kids) k.delete();
            dir.delete();
        }
        System.out.println("cleaned: " + !dir.exists());
    }

    static void run(File dir) throws Exception {
        File f = new File(dir, "raf.dat");
        try (RandomAccessFile raf = new RandomAccessFile(f, "rw")) {
            System.out.println("new length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.writeInt(0x01020304);
            raf.writeLong(-2L);
            raf.writeUTF("héllo");
            raf.writeDouble(Math.PI);
            raf.writeBoolean(true);
            raf.writeChars("ok");
            System.out.println("after writes length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(0);
            System.out.println("int " + Integer.toHexString(raf.readInt()));
            System.out.println("long " + raf.readLong());
            System.out.println("utf " + raf.readUTF());
            System.out.println("double " + raf.readDouble());
            System.out.println("boolean " + raf.readBoolean());
            System.out.println("chars " + raf.readChar() + raf.readChar());
            System.out.println("read at end " + raf.read());
            try {
                raf.readInt();
            } catch (EOFException e) {
                System.out.println("EOFException " + e.getMessage());
            }
            raf.seek(2);
            raf.write(new byte[] {9, 9});
            raf.seek(0);
            System.out.println("patched int " + Integer.toHexString(raf.readInt()));
            raf.seek(100);
            System.out.println("seek past end: pointer " + raf.getFilePointer() + " length " + raf.length());
            raf.write(7);
            System.out.println("write past end: length " + raf.length());
            raf.seek(50);
            System.out.println("hole byte " + raf.read());
            raf.setLength(10);
            System.out.println("shrunk: length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(4);
            raf.setLength(20);
            System.out.println("grown: length " + raf.length() + " pointer " + raf.getFilePointer());
            byte[] buf = new byte[30];
            raf.seek(0);
            raf.readFully(buf, 0, 20);
            System.out.println("skipBytes " + raf.skipBytes(5));
            try {
                raf.seek(-1);
            } catch (IOException e) {
                System.out.println("negative seek: " + e.getMessage());
            }
            try {
                raf.setLength(-5);
            } catch (IOException e) {
                System.out.println("negative length: " + e.getMessage());
            }
        }
        try (RandomAccessFile ro = new RandomAccessFile(f, "r")) {
            System.out.println("read-only length " + ro.length() + " first " + ro.read());
            try {
                ro.write(1);
            } catch (IOException e) {
                System.out.println("write to read-only: " + e.getMessage());
            }
            try {
                ro.setLength(0);
            } catch (IOException e) {
                System.out.println("truncate read-only: " + e.getMessage());
            }
        }
        RandomAccessFile closed = new RandomAccessFile(f, "rws");
        closed.close();
        try {
            closed.length();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        try {
            new RandomAccessFile(new File(dir, "missing"), "r");
        } catch (FileNotFoundException e) {
            System.out.println("missing: " + e.getMessage().endsWith("missing (No such file or directory)"));
        }
        try {
            new RandomAccessFile(f, "rx");
        } catch (IllegalArgumentException e) {
            System.out.println("bad mode: " + e.getMessage());
        }
        try {
            new RandomAccessFile(dir, "r");
        } catch (FileNotFoundException e) {
            System.out.println("directory: " + e.getMessage().endsWith(" (Is a directory)"));
        }
        RandomAccessFile rwd = new RandomAccessFile(new File(dir, "created"), "rwd");
        rwd.write(new byte[3]);
        rwd.getFD().sync();
        System.out.println("rwd created, valid fd " + rwd.getFD().valid());
        rwd.close();
        System.out.println("after close valid " + rwd.getFD().valid());
    }
}
