import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// A bounded buffer with wait/notifyAll: two producers, three consumers, a poison pill per consumer.
public class ProducerConsumer {
    static final class Buffer {
        private final int[] items;
        private int head, tail, size;
        int maxSize;
        int waitsWhenFull, waitsWhenEmpty;

        Buffer(int capacity) { items = new int[capacity]; }

        synchronized void put(int v) throws InterruptedException {
            while (size == items.length) {
                waitsWhenFull++;
                wait();
            }
            items[tail] = v;
            tail = (tail + 1) % items.length;
            size++;
            if (size > maxSize) maxSize = size;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (size == 0) {
                waitsWhenEmpty++;
                wait();
            }
            int v = items[head];
            head = (head + 1) % items.length;
            size--;
            notifyAll();
            return v;
        }
    }

    static final int PER_PRODUCER = 2000;

    public static void main(String[] args) throws Exception {
        final Buffer buf = new Buffer(4);
        final long[] sums = new long[3];
        final int[] counts = new int[3];
        Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            final int base = p * 100000;
            producers[p] = new Thread("producer-" + p) {
                @Override public void run() {
                    try {
                        for (int i = 1; i <= PER_PRODUCER; i++) buf.put(base + i);
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            };
        }
        Thread[] consumers = new Thread[3];
        for (int c = 0; c < consumers.length; c++) {
            final int id = c;
            consumers[c] = new Thread("consumer-" + c) {
                @Override public void run() {
                    try {
                        for (;;) {
                            int v = buf.take();
                            if (v < 0) return;
                            sums[id] += v;
                            counts[id]++;
                        }
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            };
        }
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.start();
        for (Thread t : producers) t.join();
        System.out.println("producers done");
        for (int c = 0; c < consumers.length; c++) buf.put(-1);
        for (Thread t : consumers) t.join();
        long total = 0;
        int n = 0;
        for (int c = 0; c < consumers.length; c++) {
            total += sums[c];
            n += counts[c];
        }
        long expected = 0;
        for (int p = 0; p < producers.length; p++) {
            for (int i = 1; i <= PER_PRODUCER; i++) expected += p * 100000 + i;
        }
        System.out.println("consumed " + n + " items, sum " + total + ", expected " + expected);
        System.out.println("max buffer size <= 4: " + (buf.maxSize <= 4) + ", buffer empty: " + (buf.size == 0));
        for (Thread t : consumers) System.out.println(t.getName() + " " + t.getState() + " alive=" + t.isAlive());

        // A single producer and a single consumer preserve order.
        final Buffer fifo = new Buffer(3);
        final List<Integer> seen = new ArrayList<Integer>();
        Thread consumer = new Thread() {
            @Override public void run() {
                try {
                    for (int i = 0; i < 20; i++) seen.add(fifo.take());
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        };
        consumer.start();
        for (int i = 0; i < 20; i++) fifo.put(i * i);
        consumer.join();
        System.out.println("in order: " + seen);
        System.out.println(Arrays.toString(new int[] { fifo.head, fifo.tail, fifo.size }));
    }
}
