import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Lambda and stream pipelines: IntStream/LongStream map/filter/reduce, Stream<T> over records-like
 * objects with map/filter/sorted/collect(toList), groupingBy with counting and summing collectors,
 * method references, capturing and non-capturing lambdas, functional-interface composition.
 * Measures: invokedynamic linkage (LambdaMetafactory, once per site), interface calls through
 * generated lambda classes, the java.util.stream pipeline machinery (Sink chains, spliterators),
 * boxing in Stream<Integer>/Collectors.
 * args[0] = number of rounds over 4 000 elements (work is linear in it).
 */
public class Streams {
    static final class Item {
        final int id;
        final int group;
        final long weight;
        final String tag;

        Item(int id, int group, long weight, String tag) {
            this.id = id;
            this.group = group;
            this.weight = weight;
            this.tag = tag;
        }

        int id() {
            return id;
        }

        int group() {
            return group;
        }

        long weight() {
            return weight;
        }

        String tag() {
            return tag;
        }
    }

    static final int N = 4000;
    static final String[] TAGS = {"red", "green", "blue", "cyan", "magenta", "yellow", "black"};

    static long seed = 7;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            items.add(new Item(i, next(37), next(1_000_000), TAGS[next(TAGS.length)]));
        }
        int[] data = new int[N];
        for (int i = 0; i < N; i++) {
            data[i] = next(100_000) - 50_000;
        }
        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            final int k = r % 11 + 1;
            // 1. Primitive pipelines: capturing lambdas, map/filter/sum, reduce, a range.
            checksum += IntStream.of(data).map(x -> x * k).filter(x -> (x & 3) != 0).asLongStream().sum();
            checksum += IntStream.range(0, N).map(i -> data[i] ^ i).reduce(0, (a, b) -> a * 31 + b);
            checksum += LongStream.rangeClosed(1, 500).map(x -> x * x % (k + 7)).sum();

            // 2. Stream<Item>: filter, mapToLong with method references, max, count.
            checksum += items.stream().filter(it -> it.group() % k == 0).mapToLong(Item::weight).sum();
            checksum += items.stream().mapToInt(Item::id).filter(id -> id % 7 == k % 7).count();

            // 3. Boxed Stream<Integer>: map/filter/sorted/limit/collect(toList).
            List<Integer> top = Arrays.stream(data)
                    .boxed()
                    .filter(x -> x > 0)
                    .map(x -> x % 1000)
                    .sorted()
                    .limit(50)
                    .collect(Collectors.toList());
            for (Integer x : top) {
                checksum = checksum * 3 + x;
            }

            // 4. groupingBy with downstream collectors, into sorted maps for a deterministic order.
            if (r % 4 == 0) {
                Map<String, Long> byTag = items.stream()
                        .collect(Collectors.groupingBy(Item::tag, TreeMap::new, Collectors.counting()));
                for (Map.Entry<String, Long> e : byTag.entrySet()) {
                    checksum += e.getKey().length() * e.getValue();
                }
                Map<Integer, Long> weightByGroup = items.stream()
                        .filter(it -> it.id() % 3 != 0)
                        .collect(Collectors.groupingBy(Item::group, TreeMap::new,
                                Collectors.summingLong(Item::weight)));
                for (Map.Entry<Integer, Long> e : weightByGroup.entrySet()) {
                    checksum = checksum * 17 + e.getKey() * 1_000_003L + e.getValue();
                }
            }

            // 5. Functional-interface composition and a joined string.
            IntUnaryOperator f = x -> x + k;
            IntUnaryOperator g = f.andThen(x -> x * 3).compose(x -> x - 1);
            checksum += IntStream.range(0, 200).map(g).sum();
            if (r % 8 == 0) {
                String joined = items.stream()
                        .limit(20)
                        .map(Item::tag)
                        .collect(Collectors.joining(","));
                checksum += joined.hashCode();
            }
        }
        System.out.println("checksum " + checksum);
    }
}
