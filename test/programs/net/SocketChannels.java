import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// Blocking socket channels: ServerSocketChannel, SocketChannel, scatter/gather, stream adapters.
public class SocketChannels {
    static String port(Object address) {
        return String.valueOf(address).replaceAll(":\\d+$", ":PORT");
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            System.out.println("unbound: " + server.getLocalAddress() + " blocking " + server.isBlocking());
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            System.out.println("bound: " + port(server.getLocalAddress()));
            System.out.println("socket adaptor: " + server.socket().getInetAddress());
            InetSocketAddress target = (InetSocketAddress) server.getLocalAddress();

            // The server's lines are printed after it ends: their order against the client's depends on timing.
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            Thread t = new Thread(() -> {
                try (SocketChannel peer = server.accept()) {
                    log.add("accepted: remote " + port(peer.getRemoteAddress()) + " local " + port(peer.getLocalAddress()));
                    ByteBuffer header = ByteBuffer.allocate(4);
                    ByteBuffer body = ByteBuffer.allocateDirect(64);
                    long n = 0;
                    while (header.hasRemaining()) n += peer.read(new ByteBuffer[] {header, body});
                    header.flip();
                    int len = header.getInt();
                    while (body.position() < len) peer.read(body);
                    body.flip();
                    byte[] text = new byte[len];
                    body.get(text);
                    String s = new String(text, StandardCharsets.UTF_8);
                    log.add("server read " + len + " bytes: " + s);
                    ByteBuffer[] reply = {
                        ByteBuffer.wrap("echo: ".getBytes(StandardCharsets.UTF_8)),
                        ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)),
                    };
                    long w = peer.write(reply);
                    log.add("server wrote " + w);
                    peer.shutdownOutput();
                    log.add("server then reads " + peer.read(ByteBuffer.allocate(1)));
                } catch (IOException e) {
                    log.add("server: " + e);
                }
            });
            t.start();

            try (SocketChannel ch = SocketChannel.open()) {
                System.out.println("connected before: " + ch.isConnected() + " pending " + ch.isConnectionPending());
                System.out.println("connect: " + ch.connect(target));
                System.out.println("connected after: " + ch.isConnected() + " remote " + port(ch.getRemoteAddress()));
                byte[] msg = "channels över TCP".getBytes(StandardCharsets.UTF_8);
                ByteBuffer out = ByteBuffer.allocate(4 + msg.length);
                out.putInt(msg.length).put(msg).flip();
                while (out.hasRemaining()) ch.write(out);
                InputStream in = Channels.newInputStream(ch);
                System.out.println("client got: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                ch.shutdownOutput();
                try {
                    ch.write(ByteBuffer.allocate(1));
                } catch (ClosedChannelException e) {
                    System.out.println("write after shutdown: " + e);
                }
            }
            t.join();
            log.forEach(System.out::println);

            SocketChannel viaOpen = SocketChannel.open(target);
            SocketChannel other = server.accept();
            System.out.println("open(address): " + viaOpen.isConnected() + " " + other.isConnected());
            Socket adaptor = viaOpen.socket();
            adaptor.getOutputStream().write("adaptor\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(other), StandardCharsets.UTF_8));
            System.out.println("through adaptor: " + r.readLine());
            viaOpen.close();
            System.out.println("after peer close: " + other.read(ByteBuffer.allocate(8)));
            other.close();
            try {
                other.read(ByteBuffer.allocate(8));
            } catch (ClosedChannelException e) {
                System.out.println("read closed: " + e);
            }
        }
        try (SocketChannel ch = SocketChannel.open()) {
            try {
                ch.read(ByteBuffer.allocate(1));
            } catch (NotYetConnectedException e) {
                System.out.println("not connected: " + e);
            }
        }
    }
}
