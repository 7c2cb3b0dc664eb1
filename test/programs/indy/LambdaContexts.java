// Lambdas and method references in every kind of context: static initializers, constructors, enum
// constants, interfaces, inner/anonymous/local classes, generic methods, and captured wide values.
import java.util.*;
import java.util.function.*;

public class LambdaContexts {
    static final List<Supplier<String>> REGISTRY = new ArrayList<>();
    static {
        for (int i = 0; i < 3; i++) {
            final int n = i;
            REGISTRY.add(() -> "static-init " + n);
        }
    }
    enum Op {
        PLUS((a, b) -> a + b), TIMES((a, b) -> a * b), POW(Math::pow);
        final DoubleBinaryOperator f;
        Op(DoubleBinaryOperator f) { this.f = f; }
    }
    interface Pipeline<T> {
        T apply(T t);
        default Pipeline<T> then(Pipeline<T> next) { return x -> next.apply(apply(x)); }
        static <T> Pipeline<T> identity() { return x -> x; }
    }
    final String name;
    final Runnable fromCtor;
    LambdaContexts(String name) {
        this.name = name;
        this.fromCtor = () -> System.out.println("ctor lambda sees " + this.name);
    }
    class Inner {
        String tag = "inner";
        Supplier<String> both() { return () -> tag + "+" + name; }
        Supplier<String> shadow(String name) { return () -> name + "/" + LambdaContexts.this.name; }
    }
    static <T extends Comparable<T>> BinaryOperator<T> maxOf() { return (a, b) -> a.compareTo(b) >= 0 ? a : b; }
    static <T, R> List<R> mapAll(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        in.forEach(x -> out.add(f.apply(x)));
        return out;
    }
    static long counter = 0;
    static synchronized void bump() { counter++; }

    public static void main(String[] args) {
        REGISTRY.forEach(s -> System.out.println(s.get()));
        for (Op op : Op.values()) System.out.println(op + " " + op.f.applyAsDouble(2, 5));
        Pipeline<String> p = Pipeline.<String>identity().then(String::trim).then(s -> s + "!").then(String::toUpperCase);
        System.out.println(p.apply("  hi  "));
        LambdaContexts lc = new LambdaContexts("outer");
        lc.fromCtor.run();
        Inner in = lc.new Inner();
        System.out.println(in.both().get() + " " + in.shadow("param").get());
        System.out.println(LambdaContexts.<Integer>maxOf().apply(3, 9) + " " + LambdaContexts.<String>maxOf().apply("pear", "apple"));
        System.out.println(mapAll(List.of(1, 2, 3), x -> x * 1.5) + " " + mapAll(List.of("a", "bb"), String::length));
        long big = Long.MAX_VALUE - 5;
        double dd = Math.PI;
        float ff = 1.25f;
        char cc = 'λ';
        LongSupplier ls = () -> big + 2;
        DoubleSupplier ds = () -> dd * 2;
        Supplier<String> mixed = () -> big + ":" + dd + ":" + ff + ":" + cc;
        System.out.println(ls.getAsLong() + " " + ds.getAsDouble() + " " + mixed.get());
        Runnable anonWithLambda = new Runnable() {
            int calls = 0;
            public void run() {
                Runnable inner = () -> calls++;
                inner.run();
                inner.run();
                System.out.println("anonymous class lambda calls " + calls);
            }
        };
        anonWithLambda.run();
        class Local {
            final int base;
            Local(int base) { this.base = base; }
            IntUnaryOperator adder() { return x -> x + base + args.length; }
        }
        System.out.println(new Local(10).adder().applyAsInt(5));
        for (int i = 0; i < 1000; i++) ((Runnable) LambdaContexts::bump).run();
        System.out.println("counter " + counter);
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println(curried.apply(1).apply(2).apply(3));
        BiFunction<Double, Double, Double> hyp = (x, y) -> Math.sqrt(x * x + y * y);
        System.out.println(hyp.andThen(Math::round).apply(3.0, 4.0));
        Optional<String> opt = Optional.of("value").filter(s -> s.startsWith("v")).map(s -> s + "d");
        System.out.println(opt.orElseGet(() -> "none") + " " + Optional.empty().or(() -> Optional.of("alt")).get());
        Map<String, Integer> m = new TreeMap<>();
        for (String w : "a b a c b a".split(" ")) m.merge(w, 1, Integer::sum);
        m.computeIfAbsent("z", k -> 26);
        m.computeIfPresent("a", (k, v) -> v * 100);
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        System.out.println(sb);
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1));
        nums.removeIf(n -> n % 2 == 1);
        nums.replaceAll(n -> n * n);
        System.out.println(nums);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "dd"));
        words.sort(byLen.reversed().thenComparing(Function.identity()));
        System.out.println(words);
        Predicate<String> isEmpty = String::isEmpty;
        System.out.println(isEmpty.or(s -> s.length() > 2).and(Predicate.not(s -> s.startsWith("x"))).test("abc") + " " + Predicate.isEqual("q").test("q"));
        Supplier<int[]> arr = () -> new int[] {1, 2, 3};
        ToIntFunction<int[]> sum = a -> Arrays.stream(a).sum();
        System.out.println(sum.applyAsInt(arr.get()));
        UnaryOperator<UnaryOperator<Integer>> twice = f -> x -> f.apply(f.apply(x));
        System.out.println(twice.apply(x -> x + 3).apply(10));
    }
}
