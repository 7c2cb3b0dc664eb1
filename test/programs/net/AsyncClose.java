import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;

// Blocked socket operations ended from another thread: interrupting a channel read, closing a channel
// under accept(), closing a Socket under read().
public class AsyncClose {
    public static void main(String[] args) throws Exception {
        ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SocketChannel client = SocketChannel.open(server.getLocalAddress());
        SocketChannel peer = server.accept();
        Thread reader = new Thread(() -> {
            try {
                client.read(ByteBuffer.allocate(10));
                System.out.println("read returned?!");
            } catch (Exception e) {
                System.out.println("reader: " + e + " open " + client.isOpen() + " interrupted " + Thread.currentThread().isInterrupted());
            }
        });
        reader.start();
        Thread.sleep(300);
        System.out.println("reader state: " + reader.getState());
        reader.interrupt();
        reader.join();
        Thread acceptor = new Thread(() -> {
            try {
                server.accept();
            } catch (Exception e) {
                System.out.println("acceptor: " + e);
            }
        });
        acceptor.start();
        Thread.sleep(300);
        server.close();
        acceptor.join();
        Socket s = new Socket();
        Thread closer = new Thread(() -> { try { Thread.sleep(300); s.close(); } catch (Exception e) {} });
        ServerSocket ss = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        s.connect(ss.getLocalSocketAddress());
        closer.start();
        try { s.getInputStream().read(); } catch (Exception e) { System.out.println("socket read: " + e); }
        peer.close();
    }
}
