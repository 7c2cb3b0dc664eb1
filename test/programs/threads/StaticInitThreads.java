import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

// Threads used from inside static initializers: the main class's own <clinit> and a helper class's
// <clinit> start threads, wait for them, sleep, use an executor and CompletableFuture. The threads only
// touch other classes (touching the class being initialized would deadlock on HotSpot too).
public class StaticInitThreads {
    static final class Shared {
        static final StringBuffer log = new StringBuffer();
        static synchronized void add(String s) { log.append(s).append('\n'); }
    }

    static final long SUM;
    static final List<Integer> SQUARES;

    static {
        Shared.add("main class <clinit> starts");
        final long[] parts = new long[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    long s = 0;
                    for (int k = id; k < 10000; k += 4) s += k;
                    parts[id] = s;
                }
            };
            ts[i].start();
        }
        try {
            for (Thread t : ts) t.join();
            Thread.sleep(5);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        long s = 0;
        for (long p : parts) s += p;
        SUM = s;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> squares = new ArrayList<Integer>();
        try {
            List<Future<Integer>> fs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                final int n = i;
                fs.add(pool.submit(new Callable<Integer>() {
                    public Integer call() { return n * n; }
                }));
            }
            for (Future<Integer> f : fs) squares.add(f.get());
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        SQUARES = squares;
        Shared.add("main class <clinit> ends");
    }

    static final class Helper {
        static final String VALUE;
        static {
            Shared.add("Helper <clinit> on " + Thread.currentThread().getName());
            final CountDownLatch latch = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) {
                new Thread() {
                    @Override public void run() {
                        latch.countDown();
                    }
                }.start();
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            // Anonymous classes, not lambdas: a lambda's body is a method of Helper itself, which a pool
            // thread could not call before Helper's initialization ends (a deadlock on HotSpot too).
            VALUE = CompletableFuture.supplyAsync(new Supplier<String>() {
                public String get() { return "computed"; }
            }).thenApply(new Function<String, String>() {
                public String apply(String v) { return v + " asynchronously"; }
            }).join();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.print(Shared.log);
        System.out.println("SUM " + SUM + " SQUARES " + SQUARES);
        final String[] seen = new String[2];
        Thread a = new Thread("first-user") {
            @Override public void run() {
                seen[0] = Helper.VALUE;
            }
        };
        Thread b = new Thread("second-user") {
            @Override public void run() {
                seen[1] = Helper.VALUE;
            }
        };
        a.start();
        a.join();
        b.start();
        b.join();
        System.out.print(Shared.log.substring(Shared.log.indexOf("Helper")));
        System.out.println(seen[0] + " / " + seen[1]);
    }
}
