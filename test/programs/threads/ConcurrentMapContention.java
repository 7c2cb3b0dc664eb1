import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Function;

// ConcurrentHashMap (and a skip list map) updated by many threads at once.
public class ConcurrentMapContention {
    public static void main(String[] args) throws Exception {
        final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<String, Integer>();
        final ConcurrentHashMap<Integer, LongAdder> adders = new ConcurrentHashMap<Integer, LongAdder>();
        final ConcurrentSkipListMap<Integer, Integer> skip = new ConcurrentSkipListMap<Integer, Integer>();
        final ConcurrentHashMap<Integer, Integer> putIfAbsentWinners = new ConcurrentHashMap<Integer, Integer>();
        final int threads = 8, perThread = 3000;
        final CountDownLatch start = new CountDownLatch(1);
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
                    BiFunction<Integer, Integer, Integer> sum = new BiFunction<Integer, Integer, Integer>() {
                        public Integer apply(Integer a, Integer b) { return a + b; }
                    };
                    Function<Integer, LongAdder> newAdder = new Function<Integer, LongAdder>() {
                        public LongAdder apply(Integer k) { return new LongAdder(); }
                    };
                    for (int i = 0; i < perThread; i++) {
                        counts.merge("key" + (i % 37), 1, sum);
                        adders.computeIfAbsent(i % 11, newAdder).increment();
                        skip.merge(i % 101, id, sum);
                        putIfAbsentWinners.putIfAbsent(i, id);
                        if (i % 500 == 0) Thread.yield();
                    }
                }
            };
            ts[t].start();
        }
        start.countDown();
        for (Thread t : ts) t.join();
        int total = 0;
        for (int v : counts.values()) total += v;
        System.out.println("keys " + counts.size() + " total " + total + " (expected " + threads * perThread + ")");
        System.out.println("sorted counts " + new TreeMap<String, Integer>(counts));
        long adderTotal = 0;
        for (Map.Entry<Integer, LongAdder> e : new TreeMap<Integer, LongAdder>(adders).entrySet()) {
            adderTotal += e.getValue().sum();
        }
        System.out.println("adders " + adders.size() + " total " + adderTotal);
        System.out.println("skip list first " + skip.firstEntry() + " last " + skip.lastEntry() + " size " + skip.size());
        int skipTotal = 0;
        for (int v : skip.values()) skipTotal += v;
        System.out.println("skip list total " + skipTotal);
        System.out.println("putIfAbsent entries " + putIfAbsentWinners.size());

        // Bulk operations with parallelism threshold 1 use the common pool.
        ConcurrentHashMap<Integer, Integer> squares = new ConcurrentHashMap<Integer, Integer>();
        for (int i = 0; i < 1000; i++) squares.put(i, i * i);
        long reduced = squares.reduceValuesToLong(1, v -> (long) v, 0L, Long::sum);
        System.out.println("reduceValuesToLong " + reduced);
        Integer found = squares.search(1, (k, v) -> v == 250000 ? k : null);
        System.out.println("search " + found);
        final LongAdder visited = new LongAdder();
        squares.forEach(1, (k, v) -> visited.increment());
        System.out.println("forEach visited " + visited.sum());
        // Concurrent removal while others insert.
        final ConcurrentHashMap<Integer, Integer> churn = new ConcurrentHashMap<Integer, Integer>();
        Thread adder = new Thread() {
            @Override public void run() {
                for (int i = 0; i < 5000; i++) churn.put(i, i);
            }
        };
        Thread remover = new Thread() {
            @Override public void run() {
                int removed = 0;
                while (removed < 2500) {
                    for (int i = 0; i < 5000; i += 2) if (churn.remove(i) != null) removed++;
                    Thread.yield();
                }
            }
        };
        adder.start();
        remover.start();
        adder.join();
        remover.join();
        boolean allOdd = true;
        for (int k : churn.keySet()) if (k % 2 == 0) allOdd = false;
        System.out.println("churn size " + churn.size() + " all odd " + allOdd);
    }
}
