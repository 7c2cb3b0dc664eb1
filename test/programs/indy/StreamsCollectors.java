// Streams and collectors over lambdas and method references.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamsCollectors {
    record Person(String name, int age, String city) {}

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 42, "Oslo"),
                new Person("Dee", 25, "Lima"), new Person("Eve", 37, "Rome"), new Person("Fay", 19, "Oslo"));
        System.out.println(people.stream().map(Person::name).collect(Collectors.toList()));
        System.out.println(people.stream().filter(p -> p.age() > 30).map(Person::name).collect(Collectors.joining(", ", "[", "]")));
        Map<String, List<String>> byCity = people.stream().collect(
                Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byCity);
        Map<Boolean, Long> adults = people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 21, Collectors.counting()));
        System.out.println(adults);
        System.out.println(people.stream().mapToInt(Person::age).sum() + " " + people.stream().mapToInt(Person::age).max().getAsInt());
        System.out.println(people.stream().collect(Collectors.averagingInt(Person::age)));
        IntSummaryStatistics st = people.stream().collect(Collectors.summarizingInt(Person::age));
        System.out.println(st.getCount() + " " + st.getSum() + " " + st.getMin() + " " + st.getMax() + " " + st.getAverage());
        System.out.println(people.stream().sorted(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()))
                .map(p -> p.name() + p.age()).collect(Collectors.joining(" ")));
        Map<String, Integer> ages = people.stream().collect(Collectors.toMap(Person::name, Person::age, (a, b) -> a, LinkedHashMap::new));
        System.out.println(ages);
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.joining("|")));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(8).reduce(0, Integer::sum));
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.toList()));
        System.out.println(Stream.of(5, 3, 5, 1, 3, 7).distinct().sorted().collect(Collectors.toList()));
        Optional<String> longest = people.stream().map(Person::city).max(Comparator.comparingInt(String::length).thenComparing(Function.identity()));
        System.out.println(longest.orElse("none") + " " + longest.map(String::length).get());
        System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.toMap(String::length, Function.identity())));
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println(DoubleStream.of(1.5, 2.5, 3.0).map(d -> d * 2).sum());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).takeWhile(i -> i < 4).map(String::valueOf).collect(Collectors.joining()));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).dropWhile(i -> i < 4).count());
        System.out.println(people.stream().anyMatch(p -> p.city().equals("Lima")) + " " + people.stream().allMatch(p -> p.age() > 18)
                + " " + people.stream().noneMatch(p -> p.name().isEmpty()));
        int size = people.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));
        System.out.println(size);
        String tee = Stream.of(1, 2, 3, 4).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (c, s) -> s + "/" + c));
        System.out.println(tee);
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        Map<Integer, Set<String>> byAge = people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::city, Collectors.toCollection(TreeSet::new))));
        System.out.println(byAge);
        List<Integer> peeked = new ArrayList<>();
        System.out.println(Stream.of(3, 1, 2).peek(peeked::add).map(x -> x * x).collect(Collectors.toList()) + " " + peeked);
        System.out.println(Arrays.stream(new int[] {4, 2, 9}).map(x -> -x).sorted().boxed().collect(Collectors.toList()));
        System.out.println(Stream.generate(() -> "g").limit(3).collect(Collectors.joining()));
        Supplier<Stream<String>> words = () -> Stream.of("delta", "alpha", "charlie", "bravo");
        System.out.println(words.get().sorted().findFirst().get() + " " + words.get().min(Comparator.naturalOrder()).get()
                + " " + words.get().skip(2).findAny().orElse("?"));
        TreeMap<Integer, Long> byLen = words.get().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println(byLen);
        System.out.println(IntStream.of(3, 1, 4, 1, 5).summaryStatistics().getAverage());
        System.out.println(Stream.of("a", "b", "c").reduce("", (a, b) -> b + a));
        System.out.println(Collections.unmodifiableList(Stream.of(1, 2).collect(Collectors.toUnmodifiableList())));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of());
        System.out.println(nested.stream().mapToInt(List::size).boxed().collect(Collectors.toList()) + " "
                + nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
        System.out.println(Stream.of(1, 2, 3, 4, 5).parallel().map(x -> x * 2).collect(Collectors.toList()));
    }
}
