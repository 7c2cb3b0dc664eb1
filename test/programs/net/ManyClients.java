import java.io.*;
import java.net.*;
import java.util.*;
import java.util.concurrent.*;

// A thread-per-connection server and a pool of clients, all at once.
public class ManyClients {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        ExecutorService handlers = Executors.newCachedThreadPool();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    handlers.submit(() -> {
                        try (s; DataInputStream in = new DataInputStream(s.getInputStream());
                             DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
                            int count = in.readInt();
                            long sum = 0;
                            for (int i = 0; i < count; i++) {
                                int v = in.readInt();
                                sum += v;
                                out.writeLong(sum);
                            }
                            out.flush();
                        }
                        return null;
                    });
                }
            } catch (SocketException e) {
                System.out.println("acceptor stopped: " + e.getMessage());
            } catch (IOException e) {
                System.out.println("acceptor: " + e);
            }
        });
        acceptor.start();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        for (int c = 0; c < 24; c++) {
            final int id = c;
            results.add(clients.submit(() -> {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                    s.setTcpNoDelay(true);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    int n = 10 + id;
                    out.writeInt(n);
                    long last = 0;
                    for (int i = 1; i <= n; i++) {
                        out.writeInt(i * id);
                        out.flush();
                        last = in.readLong();
                    }
                    return "client " + id + ": " + n + " values, total " + last + ", eof " + (in.read() == -1);
                }
            }));
        }
        for (Future<String> f : results) System.out.println(f.get());
        clients.shutdown();
        server.close();
        acceptor.join();
        handlers.shutdown();
        System.out.println("handlers done: " + handlers.awaitTermination(10, TimeUnit.SECONDS));
    }
}
