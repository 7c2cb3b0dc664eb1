import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// ThreadPoolExecutor configuration: bounded queues and rejection policies, core/max threads, keep-alive,
// hooks, a work-stealing pool, and ForkJoinPool.managedBlock.
public class ExecutorPolicies {
    public static void main(String[] args) throws Exception {
        final CountDownLatch gate = new CountDownLatch(1);
        Runnable blocker = new Runnable() {
            public void run() {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                }
            }
        };
        for (String policy : new String[] { "abort", "caller-runs", "discard", "discard-oldest" }) {
            RejectedExecutionHandler h = policy.equals("abort") ? new ThreadPoolExecutor.AbortPolicy()
                    : policy.equals("caller-runs") ? new ThreadPoolExecutor.CallerRunsPolicy()
                    : policy.equals("discard") ? new ThreadPoolExecutor.DiscardPolicy()
                    : new ThreadPoolExecutor.DiscardOldestPolicy();
            final CountDownLatch policyGate = new CountDownLatch(1);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<Runnable>(2), h);
            final StringBuffer ran = new StringBuffer();
            pool.execute(new Runnable() {
                public void run() {
                    try {
                        policyGate.await();
                    } catch (InterruptedException e) {
                    }
                }
            });
            int rejected = 0;
            for (int i = 0; i < 4; i++) {
                final int n = i;
                try {
                    pool.execute(new Runnable() {
                        public void run() {
                            ran.append(n).append(Thread.currentThread().getName().equals("main") ? "(main)" : "").append(' ');
                        }
                    });
                } catch (RejectedExecutionException e) {
                    rejected++;
                }
            }
            policyGate.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            String order = ran.toString().trim();
            // Tasks from the queue run in order on the pool thread; caller-runs ran some on main first.
            System.out.println(policy + ": rejected " + rejected + ", ran [" + order + "], completed " + pool.getCompletedTaskCount());
        }

        // Core and maximum pool sizes: extra threads only when the queue is full.
        final AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor grow = new ThreadPoolExecutor(1, 3, 50, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<Runnable>(1),
                new java.util.concurrent.ThreadFactory() {
                    public Thread newThread(Runnable r) {
                        threads.incrementAndGet();
                        return new Thread(r);
                    }
                });
        for (int i = 0; i < 4; i++) grow.execute(blocker);
        System.out.println("pool size " + grow.getPoolSize() + " largest " + grow.getLargestPoolSize() + " queued " + grow.getQueue().size()
                + " threads made " + threads.get());
        try {
            grow.execute(blocker);
        } catch (RejectedExecutionException e) {
            System.out.println("fifth task rejected");
        }
        gate.countDown();
        while (grow.getCompletedTaskCount() < 4) Thread.sleep(1);
        // Idle threads above the core size time out after the keep-alive.
        while (grow.getPoolSize() > 1) Thread.sleep(5);
        System.out.println("after keep-alive pool size " + grow.getPoolSize() + ", completed " + grow.getCompletedTaskCount());
        grow.allowCoreThreadTimeOut(true);
        while (grow.getPoolSize() > 0) Thread.sleep(5);
        System.out.println("core thread timed out too: pool size " + grow.getPoolSize());
        grow.shutdown();

        // beforeExecute / afterExecute / terminated hooks.
        final StringBuffer hooks = new StringBuffer();
        ThreadPoolExecutor hooked = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<Runnable>()) {
            @Override protected void beforeExecute(Thread t, Runnable r) { hooks.append("before "); }
            @Override protected void afterExecute(Runnable r, Throwable t) { hooks.append("after(" + (t == null ? "ok" : t.getMessage()) + ") "); }
            @Override protected void terminated() { hooks.append("terminated"); }
        };
        hooked.execute(new Runnable() {
            public void run() { hooks.append("task "); }
        });
        hooked.shutdown();
        hooked.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(hooks);

        // Work-stealing pool.
        ExecutorService ws = Executors.newWorkStealingPool(3);
        List<Callable<Integer>> tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            tasks.add(new Callable<Integer>() {
                public Integer call() { return n * 3; }
            });
        }
        int total = 0;
        for (Future<Integer> f : ws.invokeAll(tasks)) total += f.get();
        System.out.println("work stealing total " + total);
        ws.shutdown();

        // managedBlock lets a ForkJoinPool compensate for a blocked worker.
        final ForkJoinPool fj = new ForkJoinPool(1);
        final CountDownLatch inner = new CountDownLatch(1);
        Future<String> outer = fj.submit(new Callable<String>() {
            public String call() throws Exception {
                fj.execute(new Runnable() {
                    public void run() { inner.countDown(); }
                });
                ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                    public boolean block() throws InterruptedException {
                        inner.await();
                        return true;
                    }
                    public boolean isReleasable() { return inner.getCount() == 0; }
                });
                return "managedBlock returned";
            }
        });
        System.out.println(outer.get(30, TimeUnit.SECONDS));
        fj.shutdown();
        System.out.println("terminated " + fj.awaitTermination(10, TimeUnit.SECONDS));
    }
}
