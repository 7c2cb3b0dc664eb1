import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

// Blocking queues as pipelines between threads: bounded, linked, synchronous, priority, transfer, delay.
public class BlockingQueues {
    static long pipeline(final BlockingQueue<Integer> q, final int n) throws InterruptedException {
        final long[] sum = new long[1];
        Thread consumer = new Thread() {
            @Override public void run() {
                try {
                    for (;;) {
                        int v = q.take();
                        if (v < 0) return;
                        sum[0] += v;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        };
        consumer.start();
        for (int i = 1; i <= n; i++) q.put(i);
        q.put(-1);
        consumer.join();
        return sum[0];
    }

    static final class Item implements Delayed {
        final int key;
        Item(int key) { this.key = key; }
        public long getDelay(TimeUnit unit) { return -1; }
        public int compareTo(Delayed o) { return Integer.compare(key, ((Item) o).key); }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("ArrayBlockingQueue(2) " + pipeline(new ArrayBlockingQueue<Integer>(2), 3000));
        System.out.println("ArrayBlockingQueue(1, fair) " + pipeline(new ArrayBlockingQueue<Integer>(1, true), 1000));
        System.out.println("LinkedBlockingQueue(3) " + pipeline(new LinkedBlockingQueue<Integer>(3), 3000));
        System.out.println("LinkedBlockingDeque " + pipeline(new LinkedBlockingDeque<Integer>(5), 3000));
        System.out.println("SynchronousQueue " + pipeline(new SynchronousQueue<Integer>(), 1000));
        System.out.println("SynchronousQueue(fair) " + pipeline(new SynchronousQueue<Integer>(true), 1000));
        System.out.println("LinkedTransferQueue " + pipeline(new LinkedTransferQueue<Integer>(), 2000));

        // Order is preserved through a single-producer single-consumer queue.
        final SynchronousQueue<String> sync = new SynchronousQueue<String>();
        final List<String> received = new ArrayList<String>();
        Thread receiver = new Thread() {
            @Override public void run() {
                try {
                    String s;
                    while (!(s = sync.take()).equals("end")) received.add(s);
                } catch (InterruptedException e) {
                }
            }
        };
        receiver.start();
        for (String s : new String[] { "a", "b", "c", "d", "end" }) sync.put(s);
        receiver.join();
        System.out.println("synchronous handoff " + received);
        System.out.println("offer with no taker " + sync.offer("x") + ", poll with no giver " + sync.poll() + ", timed poll "
                + sync.poll(10, TimeUnit.MILLISECONDS));

        // Timed operations on a full / empty queue.
        ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<Integer>(1);
        full.put(1);
        System.out.println("offer to full " + full.offer(2) + ", timed " + full.offer(2, 10, TimeUnit.MILLISECONDS) + ", remaining "
                + full.remainingCapacity());
        full.take();
        System.out.println("poll empty " + full.poll(10, TimeUnit.MILLISECONDS));

        // Priority order with several producers.
        final PriorityBlockingQueue<Integer> pq = new PriorityBlockingQueue<Integer>();
        Thread[] producers = new Thread[4];
        for (int p = 0; p < producers.length; p++) {
            final int base = p;
            producers[p] = new Thread() {
                @Override public void run() {
                    for (int i = 0; i < 25; i++) pq.put((i * 4 + base) * 37 % 101);
                }
            };
            producers[p].start();
        }
        for (Thread t : producers) t.join();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(pq.take()).append(' ');
        System.out.println("priority first ten " + sb.toString().trim() + ", left " + pq.size());

        // transfer waits for a consumer.
        final LinkedTransferQueue<String> tq = new LinkedTransferQueue<String>();
        final String[] got = new String[1];
        Thread taker = new Thread() {
            @Override public void run() {
                try {
                    got[0] = tq.take();
                } catch (InterruptedException e) {
                }
            }
        };
        System.out.println("tryTransfer without consumer " + tq.tryTransfer("lost"));
        taker.start();
        tq.transfer("handed over");
        taker.join();
        System.out.println("transfer " + got[0] + ", hasWaitingConsumer " + tq.hasWaitingConsumer());

        // DelayQueue of already expired items comes out in compareTo order.
        DelayQueue<Item> dq = new DelayQueue<Item>();
        for (int k : new int[] { 5, 3, 9, 1, 7, 2, 8 }) dq.put(new Item(k));
        sb.setLength(0);
        while (!dq.isEmpty()) sb.append(dq.take().key).append(' ');
        System.out.println("delay queue order " + sb.toString().trim());

        // drainTo, and interrupting a blocked take.
        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<Integer>();
        for (int i = 0; i < 10; i++) lbq.add(i);
        List<Integer> drained = new ArrayList<Integer>();
        System.out.println("drainTo(4) " + lbq.drainTo(drained, 4) + " " + drained + " left " + lbq.size());
        final LinkedBlockingQueue<Integer> empty = new LinkedBlockingQueue<Integer>();
        Thread blocked = new Thread() {
            @Override public void run() {
                try {
                    empty.take();
                } catch (InterruptedException e) {
                    got[0] = "take interrupted";
                }
            }
        };
        blocked.start();
        while (blocked.getState() != Thread.State.WAITING) Thread.sleep(1);
        blocked.interrupt();
        blocked.join();
        System.out.println(got[0]);
    }
}
