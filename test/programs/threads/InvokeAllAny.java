import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// invokeAll, invokeAny and ExecutorCompletionService.
public class InvokeAllAny {
    static Callable<Integer> square(final int n) {
        return new Callable<Integer>() {
            public Integer call() throws Exception {
                if (n % 3 == 0) Thread.sleep(2);
                return n * n;
            }
        };
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> tasks = new ArrayList<Callable<Integer>>();
        for (int i = 1; i <= 12; i++) tasks.add(square(i));
        List<Future<Integer>> results = pool.invokeAll(tasks);
        StringBuilder sb = new StringBuilder();
        for (Future<Integer> f : results) sb.append(f.isDone() ? f.get() : -1).append(' ');
        System.out.println("invokeAll: " + sb.toString().trim());

        // invokeAll with one failure: the others complete, the failure is in its future.
        List<Callable<Integer>> mixed = new ArrayList<Callable<Integer>>();
        mixed.add(square(2));
        mixed.add(new Callable<Integer>() {
            public Integer call() {
                throw new ArithmeticException("bad task");
            }
        });
        mixed.add(square(4));
        for (Future<Integer> f : pool.invokeAll(mixed)) {
            try {
                System.out.println("mixed: " + f.get());
            } catch (ExecutionException e) {
                System.out.println("mixed: failed with " + e.getCause());
            }
        }

        // invokeAny returns the result of the only task that succeeds.
        List<Callable<String>> any = new ArrayList<Callable<String>>();
        for (int i = 0; i < 5; i++) {
            final int n = i;
            any.add(new Callable<String>() {
                public String call() {
                    if (n != 3) throw new IllegalStateException("task " + n + " fails");
                    return "task " + n + " succeeded";
                }
            });
        }
        System.out.println("invokeAny: " + pool.invokeAny(any));

        // invokeAny when every task fails.
        List<Callable<String>> allFail = new ArrayList<Callable<String>>();
        allFail.add(new Callable<String>() {
            public String call() {
                throw new UnsupportedOperationException("only failure");
            }
        });
        try {
            pool.invokeAny(allFail);
        } catch (ExecutionException e) {
            System.out.println("invokeAny all failed: " + e.getCause());
        }

        // invokeAll with a timeout: the slow task is cancelled (the fast one has 300 ms to finish).
        List<Callable<String>> timed = new ArrayList<Callable<String>>();
        timed.add(new Callable<String>() {
            public String call() { return "fast"; }
        });
        timed.add(new Callable<String>() {
            public String call() throws Exception {
                Thread.sleep(60000);
                return "slow";
            }
        });
        List<Future<String>> timedResults = pool.invokeAll(timed, 300, TimeUnit.MILLISECONDS);
        System.out.println("timed invokeAll: " + timedResults.get(0).get() + ", second cancelled " + timedResults.get(1).isCancelled());

        // Completion service: results arrive in completion order; print them sorted.
        CompletionService<Integer> cs = new ExecutorCompletionService<Integer>(pool);
        for (int i = 1; i <= 6; i++) cs.submit(square(i));
        int[] got = new int[6];
        for (int i = 0; i < 6; i++) got[i] = cs.take().get();
        java.util.Arrays.sort(got);
        System.out.println("completion service: " + java.util.Arrays.toString(got));
        System.out.println("poll on empty: " + cs.poll());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
