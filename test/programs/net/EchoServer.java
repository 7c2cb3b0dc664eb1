import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// A TCP echo server and its clients in one program on 127.0.0.1: the server thread blocks in accept()
// and read() while the client threads run.
public class EchoServer {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int port = server.getLocalPort();
        System.out.println("bound: " + server.isBound() + " closed: " + server.isClosed() + " port>0: " + (port > 0));
        System.out.println("server address: " + server.getInetAddress());
        // The server's lines are printed after it ends: its order against the clients' depends on timing.
        List<String> serverLog = Collections.synchronizedList(new ArrayList<>());
        Thread serverThread = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    try (Socket s = server.accept();
                         BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                         PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                        serverLog.add("server: accepted from " + s.getInetAddress() + " local " + s.getLocalAddress()
                                + " ports match: " + (s.getLocalPort() == port));
                        String line;
                        while ((line = in.readLine()) != null) {
                            if (line.equals("bye")) { out.println("BYE"); break; }
                            out.println(line.toUpperCase() + " (" + line.length() + ")");
                        }
                    }
                }
            } catch (IOException e) {
                serverLog.add("server failed: " + e);
            }
        }, "echo-server");
        serverThread.start();

        for (int c = 0; c < 3; c++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                System.out.println("client " + c + ": connected " + s.isConnected() + " to " + s.getInetAddress()
                        + " remote port ok: " + (s.getPort() == port) + " local port ok: " + (s.getLocalPort() > 0));
                for (String msg : new String[] {"hello", "wörld ✓", "client " + c, ""}) {
                    out.println(msg);
                    System.out.println("client " + c + ": " + in.readLine());
                }
                out.println("bye");
                System.out.println("client " + c + ": " + in.readLine());
                System.out.println("client " + c + ": after bye " + in.readLine());
            }
        }
        serverThread.join();
        serverLog.forEach(System.out::println);
        server.close();
        System.out.println("closed: " + server.isClosed());
        try {
            server.accept();
        } catch (SocketException e) {
            System.out.println("accept after close: " + e);
        }
    }
}
