import java.io.*;
import java.net.*;
import java.util.zip.CRC32;

// Megabytes in both directions at once: the sender gets ahead of the reader, so writes must wait for
// room (flow control) without stopping the thread that would make room.
public class BulkTransfer {
    static final int SIZE = 6 * 1024 * 1024;

    static byte[] pattern(int seed) {
        byte[] b = new byte[SIZE];
        int x = seed;
        for (int i = 0; i < SIZE; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    static long crc(byte[] b, int len) {
        CRC32 c = new CRC32();
        c.update(b, 0, len);
        return c.getValue();
    }

    static int readFully(InputStream in, byte[] into) throws IOException {
        int off = 0, n;
        while (off < into.length && (n = in.read(into, off, Math.min(65536, into.length - off))) > 0) off += n;
        return off;
    }

    static volatile String serverResult = "server: no result";

    public static void main(String[] args) throws Exception {
        byte[] up = pattern(1), down = pattern(2);
        System.out.println("expect up " + crc(up, SIZE) + " down " + crc(down, SIZE));
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread serverThread = new Thread(() -> {
                try (Socket s = server.accept()) {
                    Thread writer = new Thread(() -> {
                        try {
                            OutputStream out = s.getOutputStream();
                            for (int off = 0; off < SIZE; off += 100_000) out.write(down, off, Math.min(100_000, SIZE - off));
                            out.flush();
                        } catch (IOException e) {
                            System.out.println("server writer: " + e);
                        }
                    });
                    writer.start();
                    byte[] got = new byte[SIZE];
                    int n = readFully(s.getInputStream(), got);
                    writer.join();
                    // Printed by main once both sides are done: which side finishes first is a race.
                    serverResult = "server received " + n + " crc " + crc(got, n);
                } catch (Exception e) {
                    System.out.println("server: " + e);
                }
            });
            serverThread.start();
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                Thread writer = new Thread(() -> {
                    try {
                        BufferedOutputStream out = new BufferedOutputStream(c.getOutputStream(), 8192);
                        for (int i = 0; i < SIZE; i++) out.write(up[i]);
                        out.flush();
                    } catch (IOException e) {
                        System.out.println("client writer: " + e);
                    }
                });
                writer.start();
                byte[] got = new byte[SIZE];
                int n = readFully(new BufferedInputStream(c.getInputStream()), got);
                writer.join();
                System.out.println("client received " + n + " crc " + crc(got, n));
            }
            serverThread.join();
            System.out.println(serverResult);
        }
    }
}
