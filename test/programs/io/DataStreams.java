import java.io.*;

// DataOutputStream/DataInputStream over buffered file streams, PushbackInputStream, SequenceInputStream.
public class DataStreams {
    public static void main(String[] args) throws Exception {
        File f = new File(System.getProperty("java.io.tmpdir"), "tsjvm-data-" + System.nanoTime() + ".bin");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(f)))) {
                out.writeByte(-1);
                out.writeShort(65535);
                out.writeChar('Ω');
                out.writeInt(Integer.MIN_VALUE);
                out.writeLong(Long.MAX_VALUE);
                out.writeFloat(1.5f);
                out.writeDouble(-0.0);
                out.writeUTF("data ünïcödé");
                out.writeBytes("raw");
                System.out.println("written: " + out.size());
            }
            System.out.println("file length: " + f.length());
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(f)))) {
                System.out.println(in.readByte() + " " + in.readUnsignedShort() + " " + in.readChar() + " " + in.readInt());
                System.out.println(in.readLong() + " " + in.readFloat() + " " + in.readDouble());
                System.out.println(in.readUTF());
                byte[] raw = new byte[3];
                in.readFully(raw);
                System.out.println(new String(raw, "US-ASCII"));
                try {
                    in.readByte();
                } catch (EOFException e) {
                    System.out.println("EOF: " + e);
                }
            }
            try (PushbackInputStream in = new PushbackInputStream(new FileInputStream(f), 4)) {
                int b = in.read();
                in.unread(b);
                in.unread(new byte[] {1, 2});
                System.out.println("pushback: " + in.read() + " " + in.read() + " " + in.read() + " available " + in.available());
            }
            InputStream seq = new SequenceInputStream(new FileInputStream(f), new ByteArrayInputStream(new byte[] {7, 8}));
            int count = 0;
            int last = 0;
            for (int b; (b = seq.read()) != -1; ) {
                count++;
                last = b;
            }
            seq.close();
            System.out.println("sequence total " + count + " last " + last);
        } finally {
            System.out.println("deleted: " + f.delete());
        }
    }
}
