// Lambdas: non-capturing, capturing locals of every type, capturing this, nested and returned lambdas.
import java.util.function.*;

public class LambdaBasics {
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    interface LongMaker { long make(int a, long b, double c); }
    interface Varargs { String join(String... parts); }

    private int counter = 10;
    private String name = "inst";

    Supplier<String> describer() { return () -> name + ":" + counter; }
    Runnable incrementer() { return () -> counter++; }

    static IntUnaryOperator adder(int n) { return x -> x + n; }
    static Function<Integer, Function<Integer, Integer>> curry() { return a -> b -> a * 10 + b; }

    public static void main(String[] args) {
        Runnable r = () -> System.out.println("non-capturing");
        r.run();
        r.run();
        boolean z = true; byte b = 1; short s = 2; char c = 'c'; int i = 3; long l = 4L; float f = 5.5f; double d = 6.25;
        String str = "str"; Object nul = null;
        Runnable all = () -> System.out.println("captured " + z + b + s + c + i + l + f + d + str + nul);
        all.run();
        Supplier<Long> sl = () -> l * 2;
        System.out.println(sl.get());
        LongMaker lm = (x, y, w) -> x + y + (long) w;
        System.out.println(lm.make(1, 1L << 33, 2.9));
        BiFunction<String, Integer, String> rep = (t, n) -> t.repeat(n);
        System.out.println(rep.apply("ab", 3));
        TriFunction<Integer, Integer, Integer, Integer> tri = (x, y, w) -> x * y * w;
        System.out.println(tri.apply(2, 3, 4));
        IntBinaryOperator ibo = (x, y) -> x - y;
        System.out.println(ibo.applyAsInt(10, 3));
        DoubleUnaryOperator half = x -> x / 2;
        System.out.println(half.applyAsDouble(5));
        LongSupplier lsup = () -> Long.MIN_VALUE;
        System.out.println(lsup.getAsLong());
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.negate().test(""));
        Varargs va = parts -> String.join("+", parts);
        System.out.println(va.join("a", "b", "c") + " " + va.join());
        LambdaBasics o = new LambdaBasics();
        Supplier<String> desc = o.describer();
        Runnable inc = o.incrementer();
        inc.run();
        inc.run();
        System.out.println(desc.get());
        System.out.println(adder(5).applyAsInt(10) + " " + adder(-1).applyAsInt(0));
        System.out.println(curry().apply(4).apply(2));
        int[] box = {0};
        Runnable bump = () -> box[0]++;
        for (int k = 0; k < 5; k++) bump.run();
        System.out.println("box " + box[0]);
        Function<Object, String> cls = x -> x == null ? "null" : x.getClass().getSimpleName();
        System.out.println(cls.apply(1) + cls.apply("s") + cls.apply(null));
        // The same lambda expression evaluated twice: non-capturing lambdas are constants.
        Runnable first = null;
        for (int k = 0; k < 2; k++) {
            Runnable cur = () -> {};
            if (first == null) first = cur;
            else System.out.println("same instance: " + (first == cur));
        }
        Supplier<Supplier<String>> nested = () -> () -> "nested " + str;
        System.out.println(nested.get().get());
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.andThen(x -> x + "!").apply("hey"));
        ToIntFunction<String> len = String::length;
        System.out.println(len.applyAsInt("four"));
        ObjIntConsumer<StringBuilder> oic = (sb, n) -> sb.append(n);
        StringBuilder sb = new StringBuilder();
        oic.accept(sb, 42);
        System.out.println(sb);
        BooleanSupplier bs = () -> z && i > 2;
        System.out.println(bs.getAsBoolean());
        Comparable<String> cmp = other -> other.length();
        System.out.println(cmp.compareTo("xyz"));
        // Recursion through a field-held lambda
        System.out.println(Fact.fact.apply(10));
        // Lambda throwing
        Supplier<Integer> thrower = () -> { throw new ArithmeticException("from lambda"); };
        try { thrower.get(); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
    }

    static class Fact {
        static Function<Integer, Long> fact;
        static { fact = n -> n <= 1 ? 1L : n * fact.apply(n - 1); }
    }
}
