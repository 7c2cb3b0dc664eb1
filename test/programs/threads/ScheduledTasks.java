import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// ScheduledExecutorService with small delays: one-shot tasks in delay order, fixed rate and fixed delay
// repetition, cancellation, shutdown policies.
public class ScheduledTasks {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        final List<String> order = new ArrayList<String>();
        // The executor's only thread is kept busy while the tasks are scheduled, and released once they
        // are due: they then run in the order of their deadlines.
        final CountDownLatch release = new CountDownLatch(1);
        ses.execute(new Runnable() {
            public void run() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                }
            }
        });
        // Cancelled tasks stay in the queue (removeOnCancel is false) but never run.
        for (int i = 0; i < 20; i++) {
            ses.schedule(new Runnable() {
                public void run() {
                    synchronized (order) {
                        order.add("warm-up task must not run");
                    }
                }
            }, 1, TimeUnit.HOURS).cancel(false);
        }
        List<ScheduledFuture<?>> fs = new ArrayList<ScheduledFuture<?>>();
        // Tasks submitted in increasing order of delay keep that order whatever pauses happen while they
        // are submitted (a later submission can only make a deadline later).
        long[] delays = { 20, 40, 60, 80, 100 };
        for (final long d : delays) {
            fs.add(ses.schedule(new Runnable() {
                public void run() {
                    synchronized (order) {
                        order.add("task " + d);
                    }
                }
            }, d, TimeUnit.MILLISECONDS));
        }
        Thread.sleep(120);
        release.countDown();
        for (ScheduledFuture<?> f : fs) f.get();
        System.out.println("one-shot order " + order);

        ScheduledFuture<String> callable = ses.schedule(new Callable<String>() {
            public String call() { return "callable result"; }
        }, 5, TimeUnit.MILLISECONDS);
        System.out.println(callable.get());

        final AtomicInteger ticks = new AtomicInteger();
        final CountDownLatch fiveTicks = new CountDownLatch(5);
        ScheduledFuture<?> rate = ses.scheduleAtFixedRate(new Runnable() {
            public void run() {
                ticks.incrementAndGet();
                fiveTicks.countDown();
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        fiveTicks.await();
        rate.cancel(false);
        System.out.println("fixed rate ticked at least 5: " + (ticks.get() >= 5) + ", cancelled " + rate.isCancelled());

        final CountDownLatch threeRuns = new CountDownLatch(3);
        final long[] times = new long[3];
        ScheduledFuture<?> delay = ses.scheduleWithFixedDelay(new Runnable() {
            int n;
            public void run() {
                if (n < 3) times[n++] = System.nanoTime();
                threeRuns.countDown();
            }
        }, 1, 10, TimeUnit.MILLISECONDS);
        threeRuns.await();
        delay.cancel(true);
        System.out.println("fixed delay gaps >= 10ms: " + (times[1] - times[0] >= 10000000L) + " " + (times[2] - times[1] >= 10000000L));

        // A periodic task that throws stops repeating; get reports the exception.
        final AtomicInteger failing = new AtomicInteger();
        ScheduledFuture<?> throwing = ses.scheduleAtFixedRate(new Runnable() {
            public void run() {
                if (failing.incrementAndGet() == 3) throw new IllegalStateException("third run fails");
            }
        }, 0, 2, TimeUnit.MILLISECONDS);
        try {
            throwing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            System.out.println("periodic task failed: " + e.getCause().getMessage() + " after " + failing.get() + " runs");
        }

        // Cancel before it runs.
        ScheduledFuture<?> late = ses.schedule(new Runnable() {
            public void run() {
                System.out.println("late task must not run");
            }
        }, 60, TimeUnit.SECONDS);
        System.out.println("cancel late " + late.cancel(false) + " delay positive " + (late.getDelay(TimeUnit.MILLISECONDS) > 0));
        ses.shutdown();
        System.out.println("terminated " + ses.awaitTermination(10, TimeUnit.SECONDS));

        // A pool with several threads; delayed tasks still pending at shutdown run by default.
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(3);
        final CountDownLatch all = new CountDownLatch(6);
        final int[] ran = new int[6];
        for (int i = 0; i < 6; i++) {
            final int n = i;
            pool.schedule(new Runnable() {
                public void run() {
                    ran[n] = 1;
                    all.countDown();
                }
            }, 5 * (i % 3), TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        all.await();
        System.out.println("pending delayed tasks ran after shutdown: " + java.util.Arrays.toString(ran));
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
        // shutdownNow returns the tasks that never ran.
        ScheduledThreadPoolExecutor pool2 = new ScheduledThreadPoolExecutor(1);
        pool2.schedule(new Runnable() {
            public void run() { }
        }, 1, TimeUnit.HOURS);
        pool2.schedule(new Runnable() {
            public void run() { }
        }, 2, TimeUnit.HOURS);
        System.out.println("shutdownNow returned " + pool2.shutdownNow().size() + " tasks");
        System.out.println("pool2 terminated " + pool2.awaitTermination(10, TimeUnit.SECONDS));
    }
}
