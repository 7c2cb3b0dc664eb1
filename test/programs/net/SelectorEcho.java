import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// A single-threaded non-blocking echo server on a Selector, with blocking clients in other threads;
// then Selector details: wakeup, selectNow, timeouts, cancelled keys, closed selectors.
public class SelectorEcho {
    public static void main(String[] args) throws Exception {
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.configureBlocking(false);
        SelectionKey serverKey = server.register(selector, SelectionKey.OP_ACCEPT);
        System.out.println("interest: " + serverKey.interestOps() + " valid " + serverKey.isValid() + " keys " + selector.keys().size());
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();

        int clients = 5;
        List<Thread> threads = new ArrayList<>();
        Map<Integer, String> replies = new TreeMap<>();
        for (int i = 0; i < clients; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    String msg = "message " + id + " " + "x".repeat(id * 1000);
                    s.getOutputStream().write(msg.getBytes(StandardCharsets.UTF_8));
                    s.shutdownOutput();
                    String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    synchronized (replies) {
                        replies.put(id, reply.length() + " chars, starts " + reply.substring(0, 9) + ", same " + reply.equals(msg));
                    }
                } catch (IOException e) {
                    synchronized (replies) {
                        replies.put(id, e.toString());
                    }
                }
            });
            threads.add(t);
            t.start();
        }

        int finished = 0, accepted = 0;
        Map<SocketChannel, ByteBuffer> pending = new HashMap<>();
        while (finished < clients) {
            selector.select();
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (key.isAcceptable()) {
                    SocketChannel ch = ((ServerSocketChannel) key.channel()).accept();
                    if (ch == null) continue;
                    accepted++;
                    ch.configureBlocking(false);
                    ch.register(selector, SelectionKey.OP_READ);
                    pending.put(ch, ByteBuffer.allocate(16));
                } else if (key.isReadable()) {
                    SocketChannel ch = (SocketChannel) key.channel();
                    ByteBuffer buf = pending.get(ch);
                    if (!buf.hasRemaining()) {
                        ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2);
                        buf.flip();
                        bigger.put(buf);
                        buf = bigger;
                        pending.put(ch, buf);
                    }
                    int n = ch.read(buf);
                    if (n == -1) {
                        buf.flip();
                        key.interestOps(SelectionKey.OP_WRITE);
                    }
                } else if (key.isWritable()) {
                    SocketChannel ch = (SocketChannel) key.channel();
                    ByteBuffer buf = pending.get(ch);
                    ch.write(buf);
                    if (!buf.hasRemaining()) {
                        key.cancel();
                        ch.close();
                        finished++;
                    }
                }
            }
        }
        for (Thread t : threads) t.join();
        System.out.println("accepted " + accepted + ", finished " + finished);
        replies.forEach((k, v) -> System.out.println("client " + k + ": " + v));

        System.out.println("selectNow: " + selector.selectNow());
        long t0 = System.nanoTime();
        System.out.println("select(100): " + selector.select(100) + " waited " + (System.nanoTime() - t0 >= 100_000_000L));
        Thread waker = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
            }
            selector.wakeup();
        });
        waker.start();
        System.out.println("select() until wakeup: " + selector.select());
        waker.join();
        selector.wakeup();
        System.out.println("select after early wakeup: " + selector.select(5000));

        Thread interrupted = new Thread(() -> {
            try {
                System.out.println("interrupted select: " + selector.select() + " interrupted " + Thread.currentThread().isInterrupted());
            } catch (IOException e) {
                System.out.println(e);
            }
        });
        interrupted.start();
        Thread.sleep(50);
        interrupted.interrupt();
        interrupted.join();

        serverKey.cancel();
        System.out.println("cancelled valid: " + serverKey.isValid());
        selector.selectNow();
        System.out.println("keys after cancel: " + selector.keys().size());
        server.close();
        selector.close();
        System.out.println("open: " + selector.isOpen());
        try {
            selector.select();
        } catch (ClosedSelectorException e) {
            System.out.println("closed: " + e);
        }
        try {
            server.register(Selector.open(), SelectionKey.OP_ACCEPT);
        } catch (ClosedChannelException e) {
            System.out.println("register closed: " + e);
        }
    }
}
