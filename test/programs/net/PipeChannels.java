import java.io.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;

// java.nio.channels.Pipe between threads: blocking reads that wait for the writer, non-blocking reads
// that find nothing, a Selector on the source, end of stream when the sink closes.
public class PipeChannels {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(10);
                    pipe.sink().write(ByteBuffer.wrap(("chunk " + i + ";").getBytes(StandardCharsets.UTF_8)));
                }
                pipe.sink().close();
            } catch (Exception e) {
                System.out.println("writer: " + e);
            }
        });
        writer.start();
        StringBuilder got = new StringBuilder();
        ByteBuffer buf = ByteBuffer.allocate(64);
        int n;
        while ((n = pipe.source().read(buf)) != -1) {
            buf.flip();
            got.append(StandardCharsets.UTF_8.decode(buf));
            buf.clear();
        }
        writer.join();
        System.out.println("blocking read: " + got);
        pipe.source().close();

        Pipe p2 = Pipe.open();
        p2.source().configureBlocking(false);
        System.out.println("non-blocking empty read: " + p2.source().read(ByteBuffer.allocate(8)));
        Selector sel = Selector.open();
        p2.source().register(sel, SelectionKey.OP_READ);
        System.out.println("nothing ready: " + sel.selectNow());
        new Thread(() -> {
            try {
                Thread.sleep(30);
                p2.sink().write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            } catch (Exception e) {
                System.out.println(e);
            }
        }).start();
        System.out.println("select: " + sel.select(5000) + " readable " + sel.selectedKeys().iterator().next().isReadable());
        ByteBuffer three = ByteBuffer.allocate(8);
        System.out.println("read " + p2.source().read(three) + " bytes");
        // Fill the pipe until a non-blocking write takes nothing.
        p2.sink().configureBlocking(false);
        long total = 0;
        int w;
        while ((w = p2.sink().write(ByteBuffer.allocate(4096))) > 0) total += w;
        System.out.println("pipe filled: " + (total > 0) + ", last write " + w);
        p2.sink().close();
        p2.source().close();
        sel.close();
        try {
            p2.source().read(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("closed: " + e);
        }
    }
}
