import java.io.*;
import java.net.*;

// The exceptions and messages of failing socket operations, as HotSpot reports them.
public class SocketErrors {
    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        // A port nobody listens on: bind one, remember it, close it.
        ServerSocket probe = new ServerSocket(0, 50, lo);
        int freePort = probe.getLocalPort();
        probe.close();
        try {
            new Socket(lo, freePort);
            System.out.println("connected?!");
        } catch (ConnectException e) {
            System.out.println("refused: " + e);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(lo, freePort), 2000);
        } catch (ConnectException e) {
            System.out.println("refused with timeout: " + e);
        }

        try (ServerSocket a = new ServerSocket(0, 50, lo)) {
            try (ServerSocket b = new ServerSocket(a.getLocalPort(), 50, lo)) {
                System.out.println("bound twice?!");
            } catch (BindException e) {
                System.out.println("in use: " + e);
            }

            a.setSoTimeout(200);
            System.out.println("soTimeout: " + a.getSoTimeout());
            long t0 = System.nanoTime();
            try {
                a.accept();
            } catch (SocketTimeoutException e) {
                System.out.println("accept: " + e + " waited enough: " + (System.nanoTime() - t0 >= 200_000_000L));
            }

            try (Socket c = new Socket(lo, a.getLocalPort()); Socket s = a.accept()) {
                c.setSoTimeout(150);
                t0 = System.nanoTime();
                try {
                    c.getInputStream().read();
                } catch (SocketTimeoutException e) {
                    System.out.println("read: " + e + " waited enough: " + (System.nanoTime() - t0 >= 150_000_000L));
                }
                // The connection still works after a read timeout.
                s.getOutputStream().write(42);
                System.out.println("then read: " + c.getInputStream().read());
                s.close();
                System.out.println("after peer close: " + c.getInputStream().read());
                c.close();
                try {
                    c.getInputStream();
                } catch (SocketException e) {
                    System.out.println("closed socket: " + e);
                }
                try {
                    c.getOutputStream().write(1);
                } catch (SocketException e) {
                    System.out.println("write on closed: " + e);
                }
            }
        }

        try (Socket s = new Socket()) {
            try {
                s.getInputStream();
            } catch (SocketException e) {
                System.out.println("unconnected: " + e);
            }
            try {
                s.connect(new InetSocketAddress("nosuchhost-tsjvm.invalid", 80));
            } catch (UnknownHostException e) {
                System.out.println("unresolved: " + e);
            }
        }
        try {
            InetAddress.getByName("nosuchhost-tsjvm.invalid");
        } catch (UnknownHostException e) {
            System.out.println("lookup: " + e);
        }
        try {
            new ServerSocket(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("bad port: " + e);
        }
    }
}
