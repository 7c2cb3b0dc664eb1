import java.net.*;

// Socket options belong to their socket: a new socket (which may get the closed one's descriptor
// number) starts from the defaults again.
public class SocketOptionsReuse {
    public static void main(String[] args) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (int round = 0; round < 3; round++) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()); Socket peer = server.accept()) {
                    System.out.println("round " + round + ": nodelay " + s.getTcpNoDelay() + " keepalive " + s.getKeepAlive()
                            + " linger " + s.getSoLinger() + " oobinline " + s.getOOBInline());
                    s.setTcpNoDelay(true);
                    s.setKeepAlive(true);
                    s.setSoLinger(true, 5);
                    s.setOOBInline(true);
                    System.out.println("  set: nodelay " + s.getTcpNoDelay() + " keepalive " + s.getKeepAlive()
                            + " linger " + s.getSoLinger() + " oobinline " + s.getOOBInline());
                }
            }
        }
    }
}
