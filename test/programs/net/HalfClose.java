import java.io.*;
import java.net.*;
import java.util.*;

// shutdownOutput/shutdownInput: the peer sees end of stream but can still answer.
public class HalfClose {
    public static void main(String[] args) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // The server's lines are printed after it ends: their order against the client's depends on timing.
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    byte[] buf = new byte[7];
                    int n;
                    while ((n = in.read(buf)) != -1) got.write(buf, 0, n);
                    log.add("server got " + got.size() + " bytes: " + got.toString("UTF-8"));
                    log.add("server read after EOF: " + in.read());
                    OutputStream out = s.getOutputStream();
                    out.write(("reply to " + got.size()).getBytes("UTF-8"));
                    out.flush();
                    s.shutdownOutput();
                    log.add("server output shut: " + s.isOutputShutdown() + " input shut: " + s.isInputShutdown());
                } catch (IOException e) {
                    log.add("server: " + e);
                }
            });
            t.start();
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                OutputStream out = c.getOutputStream();
                out.write("the quick brown fox jumps over the lazy dog".getBytes("UTF-8"));
                c.shutdownOutput();
                System.out.println("client output shut: " + c.isOutputShutdown());
                try {
                    out.write(1);
                } catch (SocketException e) {
                    System.out.println("write after shutdownOutput: " + e);
                }
                InputStream in = c.getInputStream();
                System.out.println("client got: " + new String(in.readAllBytes(), "UTF-8"));
                System.out.println("available at end: " + in.available());
                c.shutdownInput();
                System.out.println("read after shutdownInput: " + in.read());
            }
            t.join();
            log.forEach(System.out::println);
        }
    }
}
