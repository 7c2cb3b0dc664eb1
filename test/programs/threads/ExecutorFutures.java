import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

// Executors and futures: fixed and single-thread pools, results, exceptions, cancellation, shutdown.
public class ExecutorFutures {
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) throws Exception {
        final AtomicInteger created = new AtomicInteger();
        ThreadFactory factory = new ThreadFactory() {
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "pool-worker-" + created.incrementAndGet());
                return t;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(4, factory);
        List<Future<Long>> futures = new ArrayList<Future<Long>>();
        for (int i = 0; i < 20; i++) {
            final int n = i;
            futures.add(pool.submit(new Callable<Long>() {
                public Long call() {
                    return fib(n);
                }
            }));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<Long> f : futures) sb.append(f.get()).append(' ');
        System.out.println("fib: " + sb.toString().trim());
        System.out.println("threads created <= 4: " + (created.get() <= 4));

        // An exception becomes ExecutionException with the cause.
        Future<Integer> failing = pool.submit(new Callable<Integer>() {
            public Integer call() {
                throw new IllegalStateException("task failed");
            }
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause: " + e.getCause());
        }
        System.out.println("failing isDone " + failing.isDone() + " isCancelled " + failing.isCancelled());

        // Runnable with a result; execute().
        Future<String> withResult = pool.submit(new Runnable() {
            public void run() { }
        }, "fixed result");
        System.out.println("runnable result: " + withResult.get());
        final CountDownLatch executed = new CountDownLatch(1);
        pool.execute(new Runnable() {
            public void run() { executed.countDown(); }
        });
        executed.await();
        System.out.println("execute ran");

        // Timeout and cancellation of a blocked task.
        final CountDownLatch never = new CountDownLatch(1);
        final CountDownLatch blockedStarted = new CountDownLatch(1);
        Future<String> blocked = pool.submit(new Callable<String>() {
            public String call() throws Exception {
                blockedStarted.countDown();
                never.await();
                return "unreachable";
            }
        });
        blockedStarted.await();
        try {
            blocked.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get timed out");
        }
        System.out.println("cancel: " + blocked.cancel(true) + " isCancelled " + blocked.isCancelled() + " isDone " + blocked.isDone());
        try {
            blocked.get();
        } catch (CancellationException e) {
            System.out.println("get after cancel: CancellationException");
        }
        System.out.println("cancel again: " + blocked.cancel(true));

        // A single-thread executor runs tasks in submission order.
        ExecutorService single = Executors.newSingleThreadExecutor();
        final StringBuffer order = new StringBuffer();
        List<Future<?>> fs = new ArrayList<Future<?>>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            fs.add(single.submit(new Runnable() {
                public void run() { order.append(n); }
            }));
        }
        for (Future<?> f : fs) f.get();
        System.out.println("single-thread order " + order);
        single.shutdown();
        System.out.println("single awaitTermination " + single.awaitTermination(10, TimeUnit.SECONDS) + " isTerminated "
                + single.isTerminated());
        try {
            single.submit(new Runnable() {
                public void run() { }
            });
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown: RejectedExecutionException");
        }

        // FutureTask run directly on a thread.
        FutureTask<String> task = new FutureTask<String>(new Callable<String>() {
            public String call() { return "from " + Thread.currentThread().getName(); }
        });
        Thread runner = new Thread(task, "task-runner");
        runner.start();
        System.out.println("FutureTask: " + task.get());

        // Cached pool; shutdownNow interrupts the running task.
        ExecutorService cached = Executors.newCachedThreadPool();
        final CountDownLatch running = new CountDownLatch(1);
        Future<String> sleeper = cached.submit(new Callable<String>() {
            public String call() {
                running.countDown();
                try {
                    Thread.sleep(60000);
                    return "slept";
                } catch (InterruptedException e) {
                    return "interrupted by shutdownNow";
                }
            }
        });
        running.await();
        List<Runnable> pending = cached.shutdownNow();
        System.out.println("shutdownNow pending " + pending.size() + ", sleeper: " + sleeper.get());
        System.out.println("cached terminated " + cached.awaitTermination(10, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
