// Method references: static, bound and unbound instance, super, constructors, array constructors, varargs.
import java.util.*;
import java.util.function.*;

public class MethodRefs {
    static class Base {
        String greet(String who) { return "base hello " + who; }
    }
    static class Derived extends Base {
        @Override String greet(String who) { return "derived hello " + who; }
        Function<String, String> superGreet() { return super::greet; }
        Function<String, String> thisGreet() { return this::greet; }
    }
    static class Point {
        final int x, y;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }
    static class Outer {
        String tag = "outer";
        class Inner {
            @Override public String toString() { return "inner of " + tag; }
        }
    }
    static int twice(int x) { return 2 * x; }
    static String sum(int... xs) { return "sum=" + Arrays.stream(xs).sum(); }
    private static String secret(String s) { return "secret " + s; }
    private String privInst(int n) { return "priv " + n; }

    public static void main(String[] args) {
        IntUnaryOperator tw = MethodRefs::twice;
        System.out.println(tw.applyAsInt(21));
        Function<Integer, Integer> boxedTw = MethodRefs::twice;
        System.out.println(boxedTw.apply(4));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(parse.apply("123") + 1);
        ToLongFunction<String> parseL = Long::parseLong;
        System.out.println(parseL.applyAsLong("-99999999999"));
        String target = "Hello";
        Supplier<Integer> bound = target::length;
        IntPredicate startsWith = ch -> target.indexOf(ch) == 0;
        System.out.println(bound.get() + " " + startsWith.test('H'));
        Function<String, String> unbound = String::toLowerCase;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        System.out.println(unbound.apply("ABC") + " " + eq.apply("a", "A"));
        Derived d = new Derived();
        System.out.println(d.superGreet().apply("x") + " / " + d.thisGreet().apply("y"));
        Function<String, String> viaBase = ((Base) d)::greet;
        System.out.println(viaBase.apply("z"));
        Supplier<Point> p0 = Point::new;
        IntFunction<Point> p1 = Point::new;
        BiFunction<Integer, Integer, Point> p2 = Point::new;
        System.out.println(p0.get() + " " + p1.apply(3) + " " + p2.apply(4, 5));
        Supplier<ArrayList<String>> listMaker = ArrayList::new;
        ArrayList<String> list = listMaker.get();
        list.add("q");
        System.out.println(list);
        IntFunction<int[]> intArr = int[]::new;
        IntFunction<String[]> strArr = String[]::new;
        IntFunction<long[][]> longArr2 = long[][]::new;
        System.out.println(intArr.apply(3).length + " " + strArr.apply(2).getClass().getSimpleName() + " "
                + longArr2.apply(4).length + " " + longArr2.apply(1).getClass().getName());
        String[] copied = List.of("a", "b").toArray(String[]::new);
        System.out.println(Arrays.toString(copied));
        Outer outer = new Outer();
        Supplier<Outer.Inner> innerMaker = () -> outer.new Inner();
        System.out.println(innerMaker.get());
        Function<int[], String> va = MethodRefs::sum;
        System.out.println(va.apply(new int[] {1, 2, 3}));
        IntBinaryOperator va2 = (a, b) -> Integer.parseInt(sum(a, b).substring(4));
        System.out.println(va2.applyAsInt(5, 6));
        Function<String, String> priv = MethodRefs::secret;
        System.out.println(priv.apply("s"));
        BiFunction<MethodRefs, Integer, String> privI = MethodRefs::privInst;
        System.out.println(privI.apply(new MethodRefs(), 7));
        Consumer<Object> printer = System.out::println;
        printer.accept("printed via bound ref");
        Runnable r = System.out::println;
        r.run();
        Comparator<String> cmp = String::compareTo;
        List<String> words = new ArrayList<>(List.of("pear", "apple", "fig"));
        words.sort(cmp);
        System.out.println(words);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(null) + valueOf.apply(3.5));
        Function<Integer, int[]> arrMk = int[]::new;
        System.out.println(arrMk.apply(7).length);
        Object cloned = ((Function<int[], Object>) int[]::clone).apply(new int[] {9});
        System.out.println(((int[]) cloned)[0]);
        try {
            Supplier<Integer> bad = ((String) null)::length;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE on bound null receiver");
        }
    }
}
