import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongBinaryOperator;
import java.util.function.UnaryOperator;

// Atomics and adders under contention: CAS loops, updateAndGet, arrays, stamped references, accumulators.
public class AtomicsContention {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) throws Exception {
        final AtomicInteger ai = new AtomicInteger();
        final AtomicLong al = new AtomicLong();
        final LongAdder adder = new LongAdder();
        final AtomicIntegerArray arr = new AtomicIntegerArray(10);
        final AtomicReference<Node> stack = new AtomicReference<Node>();
        final AtomicReference<String> longest = new AtomicReference<String>("");
        final LongAccumulator max = new LongAccumulator(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) { return Math.max(a, b); }
        }, Long.MIN_VALUE);
        final DoubleAccumulator dsum = new DoubleAccumulator(Double::sum, 0.0);
        final AtomicBoolean once = new AtomicBoolean();
        final AtomicInteger winners = new AtomicInteger();
        final CountDownLatch start = new CountDownLatch(1);
        final int threads = 8, per = 2000;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread() {
                @Override public void run() {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (once.compareAndSet(false, true)) winners.incrementAndGet();
                    for (int i = 0; i < per; i++) {
                        ai.incrementAndGet();
                        al.addAndGet(i);
                        adder.increment();
                        arr.incrementAndGet(i % 10);
                        // Treiber stack push with a CAS loop.
                        Node head;
                        Node n;
                        do {
                            head = stack.get();
                            n = new Node(id * per + i, head);
                        } while (!stack.compareAndSet(head, n));
                        max.accumulate(id * 100000L + i);
                        if (i % 100 == 0) dsum.accumulate(0.5);
                        final String candidate = "t" + id + ":" + i;
                        longest.updateAndGet(new UnaryOperator<String>() {
                            public String apply(String cur) {
                                return candidate.length() > cur.length() || (candidate.length() == cur.length() && candidate.compareTo(cur) > 0)
                                        ? candidate : cur;
                            }
                        });
                    }
                }
            };
            ts[t].start();
        }
        start.countDown();
        for (Thread t : ts) t.join();
        System.out.println("AtomicInteger " + ai.get());
        System.out.println("AtomicLong " + al.get());
        System.out.println("LongAdder " + adder.sum() + " sumThenReset " + adder.sumThenReset() + " after " + adder.sum());
        System.out.println("AtomicIntegerArray " + arr);
        int count = 0;
        long total = 0;
        for (Node n = stack.get(); n != null; n = n.next) {
            count++;
            total += n.value;
        }
        System.out.println("stack nodes " + count + " total " + total);
        System.out.println("max " + max.get() + " dsum " + dsum.get());
        System.out.println("longest " + longest.get());
        System.out.println("compareAndSet winners " + winners.get());

        AtomicStampedReference<String> asr = new AtomicStampedReference<String>("a", 0);
        int[] stampHolder = new int[1];
        String cur = asr.get(stampHolder);
        System.out.println("stamped CAS ok " + asr.compareAndSet(cur, "b", stampHolder[0], stampHolder[0] + 1) + " stale "
                + asr.compareAndSet("b", "c", 0, 1) + " value " + asr.getReference() + " stamp " + asr.getStamp());
        System.out.println("getAndUpdate " + ai.getAndUpdate(x -> x * 2) + " -> " + ai.get() + ", accumulateAndGet "
                + ai.accumulateAndGet(5, Integer::sum) + ", weakCAS " + ai.weakCompareAndSetPlain(ai.get(), 1) + " " + ai.get());
    }
}
