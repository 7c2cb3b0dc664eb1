import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

// Parallel streams on the common pool: results equal the sequential ones.
public class ParallelStreams {
    public static void main(String[] args) throws Exception {
        System.out.println("sum " + IntStream.rangeClosed(1, 100000).parallel().asLongStream().sum());
        System.out.println("count primes " + IntStream.range(2, 20000).parallel().filter(ParallelStreams::isPrime).count());
        List<Integer> squares = IntStream.range(0, 2000).parallel().map(i -> i * i).boxed().collect(Collectors.toList());
        System.out.println("ordered collect " + squares.subList(0, 8) + " ... " + squares.get(1999) + " size " + squares.size());
        System.out.println("reduce " + LongStream.rangeClosed(1, 20).parallel().reduce(1L, (a, b) -> a * b));
        Map<Integer, Long> byDigit = IntStream.range(0, 10000).parallel().boxed()
                .collect(Collectors.groupingByConcurrent(i -> i % 10, Collectors.counting()));
        System.out.println("groupingByConcurrent " + new TreeMap<Integer, Long>(byDigit));
        int[] arr = new int[50000];
        for (int i = 0; i < arr.length; i++) arr[i] = (i * 7919) % 50000;
        Arrays.parallelSort(arr);
        boolean sorted = true;
        for (int i = 1; i < arr.length; i++) if (arr[i - 1] > arr[i]) sorted = false;
        System.out.println("parallelSort sorted " + sorted + " first " + arr[0] + " last " + arr[arr.length - 1]);
        long[] prefix = new long[20];
        Arrays.fill(prefix, 1);
        Arrays.parallelPrefix(prefix, Long::sum);
        System.out.println("parallelPrefix " + Arrays.toString(prefix));
        double[] setAll = new double[10];
        Arrays.parallelSetAll(setAll, i -> i / 2.0);
        System.out.println("parallelSetAll " + Arrays.toString(setAll));
        AtomicInteger visits = new AtomicInteger();
        IntStream.range(0, 5000).parallel().forEach(i -> visits.incrementAndGet());
        System.out.println("forEach visits " + visits.get());
        StringBuilder ordered = new StringBuilder();
        IntStream.range(0, 20).parallel().forEachOrdered(i -> ordered.append(i).append(','));
        System.out.println("forEachOrdered " + ordered);
        String joined = Arrays.asList("a", "b", "c", "d", "e", "f").parallelStream().map(String::toUpperCase)
                .collect(Collectors.joining("-", "[", "]"));
        System.out.println("joining " + joined);
        System.out.println("anyMatch " + IntStream.range(0, 100000).parallel().anyMatch(i -> i == 77777)
                + " allMatch " + IntStream.range(0, 1000).parallel().allMatch(i -> i < 1000)
                + " findFirst " + IntStream.range(0, 100000).parallel().filter(i -> i % 997 == 5).findFirst().getAsInt());
        System.out.println("max " + IntStream.range(0, 30000).parallel().map(i -> (i * 31) % 29989).max().getAsInt());
        System.out.println("distinct sorted " + IntStream.range(0, 1000).parallel().map(i -> i % 13).distinct().sorted().boxed()
                .collect(Collectors.toList()));
        System.out.println("common pool parallelism >= 1: " + (ForkJoinPool.getCommonPoolParallelism() >= 1));
        // A custom pool.
        ForkJoinPool pool = new ForkJoinPool(3);
        long custom = pool.submit(() -> LongStream.range(0, 100000).parallel().map(i -> i % 7).sum()).get();
        System.out.println("custom pool sum " + custom);
        pool.shutdown();
    }

    static boolean isPrime(int n) {
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }
}
