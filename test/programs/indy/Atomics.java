// java.util.concurrent.atomic on VarHandles and Unsafe: AtomicInteger/Long/Boolean/Reference, arrays,
// field updaters, adders and accumulators (single-threaded).
import java.util.*;
import java.util.concurrent.atomic.*;

public class Atomics {
    static class Node {
        volatile int count;
        volatile long total;
        volatile String label = "start";
    }

    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.get() + " " + ai.decrementAndGet()
                + " " + ai.addAndGet(10) + " " + ai.getAndAdd(-3) + " " + ai);
        System.out.println(ai.compareAndSet(13, 100) + " " + ai.compareAndSet(13, 200) + " " + ai.getAndSet(7) + " " + ai.intValue());
        System.out.println(ai.updateAndGet(x -> x * 3) + " " + ai.getAndUpdate(x -> x - 1) + " " + ai.accumulateAndGet(4, Math::max)
                + " " + ai.getAndAccumulate(100, Integer::sum) + " " + ai.get());
        System.out.println(ai.weakCompareAndSetPlain(120, 1) + " " + ai.getPlain() + " " + ai.getAcquire() + " " + ai.compareAndExchange(1, 2));
        AtomicLong al = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(al.incrementAndGet() + " " + al.incrementAndGet() + " " + al.addAndGet(-5) + " " + al.getAndSet(1L << 33));
        System.out.println(al.compareAndSet(1L << 33, 7) + " " + al.updateAndGet(x -> x * x) + " " + al.accumulateAndGet(3, (a, b) -> a - b) + " " + al.doubleValue());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab.get() + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("a");
        System.out.println(ar.get() + " " + ar.compareAndSet("a", "b") + " " + ar.compareAndSet("a", "c") + " " + ar.getAndUpdate(s -> s + "!") + " " + ar.get()
                + " " + ar.accumulateAndGet("?", String::concat));
        AtomicIntegerArray aia = new AtomicIntegerArray(4);
        aia.set(1, 5);
        System.out.println(aia.incrementAndGet(1) + " " + aia.getAndAdd(2, 9) + " " + aia.compareAndSet(2, 9, 10) + " " + aia);
        AtomicLongArray ala = new AtomicLongArray(new long[] {1, 2, 3});
        System.out.println(ala.addAndGet(2, 1L << 40) + " " + ala.decrementAndGet(0) + " " + ala);
        AtomicReferenceArray<String> ara = new AtomicReferenceArray<>(new String[] {"x", null});
        System.out.println(ara.compareAndSet(1, null, "y") + " " + ara.getAndSet(0, "z") + " " + ara);
        AtomicIntegerFieldUpdater<Node> cu = AtomicIntegerFieldUpdater.newUpdater(Node.class, "count");
        AtomicLongFieldUpdater<Node> tu = AtomicLongFieldUpdater.newUpdater(Node.class, "total");
        AtomicReferenceFieldUpdater<Node, String> lu = AtomicReferenceFieldUpdater.newUpdater(Node.class, String.class, "label");
        Node n = new Node();
        System.out.println(cu.incrementAndGet(n) + " " + cu.addAndGet(n, 4) + " " + tu.addAndGet(n, 1L << 35) + " "
                + lu.compareAndSet(n, "start", "end") + " " + n.count + " " + n.total + " " + n.label);
        try {
            AtomicIntegerFieldUpdater.newUpdater(Node.class, "missing");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.getCause());
        }
        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) adder.add(i);
        adder.increment();
        System.out.println(adder.sum() + " " + adder + " " + adder.sumThenReset() + " " + adder.sum());
        LongAccumulator acc = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] {3, 9, -2, 7}) acc.accumulate(v);
        System.out.println(acc.get() + " " + acc.getThenReset() + " " + acc.get());
        DoubleAdder da = new DoubleAdder();
        da.add(0.5); da.add(0.25);
        System.out.println(da.sum());
        DoubleAccumulator dacc = new DoubleAccumulator(Double::sum, 1.0);
        dacc.accumulate(2.5);
        System.out.println(dacc.get());
        AtomicStampedReference<String> asr = new AtomicStampedReference<>("v1", 0);
        int[] stamp = new int[1];
        System.out.println(asr.compareAndSet("v1", "v2", 0, 1) + " " + asr.get(stamp) + " " + stamp[0] + " " + asr.attemptStamp("v2", 5) + " " + asr.getStamp());
        AtomicMarkableReference<String> amr = new AtomicMarkableReference<>("m", false);
        System.out.println(amr.compareAndSet("m", "n", false, true) + " " + amr.getReference() + " " + amr.isMarked());
        List<Integer> counts = new ArrayList<>();
        AtomicInteger seq = new AtomicInteger();
        for (int i = 0; i < 5; i++) counts.add(seq.getAndIncrement());
        System.out.println(counts);
    }
}
