import java.net.*;
import java.util.*;

// Name and address handling: literals, localhost, loopback, reverse names, address classification.
public class InetAddresses {
    public static void main(String[] args) throws Exception {
        System.out.println(InetAddress.getByName("localhost"));
        System.out.println(Arrays.toString(InetAddress.getAllByName("localhost")));
        System.out.println(InetAddress.getLoopbackAddress());
        System.out.println(InetAddress.getByName("127.0.0.1").getHostName());
        System.out.println(InetAddress.getByName("127.0.0.1").getCanonicalHostName());
        for (String s : new String[] {"10.1.2.3", "::1", "fe80::1:2", "::ffff:192.168.0.1", "[::]", "0.0.0.0", "2001:db8::ff00:42:8329", "224.0.0.1"}) {
            InetAddress a = InetAddress.getByName(s);
            System.out.println(s + " -> " + a + " " + a.getClass().getSimpleName() + " loopback=" + a.isLoopbackAddress()
                    + " any=" + a.isAnyLocalAddress() + " linklocal=" + a.isLinkLocalAddress() + " site=" + a.isSiteLocalAddress()
                    + " multicast=" + a.isMulticastAddress() + " bytes=" + Arrays.toString(a.getAddress()));
        }
        InetAddress named = InetAddress.getByAddress("example.test", new byte[] {(byte) 192, (byte) 168, 1, 1});
        System.out.println(named + " " + named.getHostName() + " " + named.getHostAddress());
        System.out.println(InetAddress.getByName("::1").getHostName());
        InetAddress local = InetAddress.getLocalHost();
        System.out.println("local host resolves to itself: " + InetAddress.getByName(local.getHostName()).equals(local));
        InetSocketAddress isa = new InetSocketAddress("localhost", 8080);
        System.out.println(isa + " unresolved=" + isa.isUnresolved() + " " + InetSocketAddress.createUnresolved("somewhere", 1));
        System.out.println(new InetSocketAddress(0) + " " + new InetSocketAddress(InetAddress.getByName("::1"), 5));
        try {
            InetAddress.getByName("first-lookup-tsjvm.invalid");
        } catch (UnknownHostException e) {
            System.out.println(e);
        }
        try {
            InetAddress.getByAddress(new byte[3]);
        } catch (UnknownHostException e) {
            System.out.println(e);
        }
        System.out.println(URI.create("http://[::1]:8080/x?y#z").getHost() + " " + new URL("http://localhost:1234/a/b").getPort());
    }
}
