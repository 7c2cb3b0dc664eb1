import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

// ForkJoin: RecursiveTask (fib, array sum), RecursiveAction (merge sort), invokeAll, exceptions,
// common pool and a custom pool.
public class ForkJoinTasks {
    static final class Fib extends RecursiveTask<Long> {
        final int n;
        Fib(int n) { this.n = n; }
        @Override protected Long compute() {
            if (n <= 12) return seq(n);
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }
        static long seq(int n) { return n < 2 ? n : seq(n - 1) + seq(n - 2); }
    }

    static final class Sum extends RecursiveTask<Long> {
        final int[] a;
        final int lo, hi;
        Sum(int[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }
        @Override protected Long compute() {
            if (hi - lo <= 1000) {
                long s = 0;
                for (int i = lo; i < hi; i++) s += a[i];
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid), right = new Sum(a, mid, hi);
            invokeAll(left, right);
            return left.join() + right.join();
        }
    }

    static final class SortTask extends RecursiveAction {
        final int[] a, tmp;
        final int lo, hi;
        SortTask(int[] a, int[] tmp, int lo, int hi) {
            this.a = a;
            this.tmp = tmp;
            this.lo = lo;
            this.hi = hi;
        }
        @Override protected void compute() {
            if (hi - lo <= 64) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new SortTask(a, tmp, lo, mid), new SortTask(a, tmp, mid, hi));
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
            System.arraycopy(tmp, lo, a, lo, hi - lo);
        }
    }

    static final class Failing extends RecursiveTask<Integer> {
        final int depth;
        Failing(int depth) { this.depth = depth; }
        @Override protected Integer compute() {
            if (depth == 0) throw new ArithmeticException("leaf failure");
            Failing sub = new Failing(depth - 1);
            sub.fork();
            return sub.join() + 1;
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool common = ForkJoinPool.commonPool();
        System.out.println("fib(24) common pool = " + common.invoke(new Fib(24)));
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("fib(22) custom pool = " + pool.invoke(new Fib(22)) + ", parallelism " + pool.getParallelism());
        int[] data = new int[200000];
        for (int i = 0; i < data.length; i++) data[i] = i % 1000;
        System.out.println("sum = " + pool.invoke(new Sum(data, 0, data.length)));
        int[] arr = new int[20000];
        for (int i = 0; i < arr.length; i++) arr[i] = (int) ((i * 2654435761L) % 100000);
        pool.invoke(new SortTask(arr, new int[arr.length], 0, arr.length));
        boolean sorted = true;
        for (int i = 1; i < arr.length; i++) if (arr[i - 1] > arr[i]) sorted = false;
        System.out.println("merge sort sorted " + sorted + " min " + arr[0] + " max " + arr[arr.length - 1]);

        try {
            pool.invoke(new Failing(5));
        } catch (ArithmeticException e) {
            System.out.println("exception propagated: " + e.getMessage());
        }
        ForkJoinTask<Integer> f = pool.submit(new Failing(3));
        try {
            f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            System.out.println("get: " + e.getCause().getClass().getName() + " isCompletedAbnormally " + f.isCompletedAbnormally());
        }
        // invokeAll on a collection; tasks forked from outside the pool.
        List<Fib> fibs = new ArrayList<Fib>();
        for (int i = 10; i < 20; i++) fibs.add(new Fib(i));
        StringBuilder sb = new StringBuilder();
        for (Fib t : pool.submit(new RecursiveTask<List<Fib>>() {
            @Override protected List<Fib> compute() {
                return new ArrayList<Fib>(ForkJoinTask.invokeAll(fibs));
            }
        }).get()) sb.append(t.join()).append(' ');
        System.out.println("invokeAll fibs: " + sb.toString().trim());
        ForkJoinTask<Long> forked = new Fib(20).fork();
        System.out.println("forked from main: " + forked.join());
        ForkJoinTask<?> adapted = ForkJoinTask.adapt(new Runnable() {
            public void run() { }
        });
        pool.invoke(adapted);
        System.out.println("adapted runnable done " + adapted.isDone());
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
