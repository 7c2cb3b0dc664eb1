// Lambda proxy classes (LambdaMetafactory.metafactory) of every shape javac gives them: each argument and
// return conversion the metafactory generates (boxing, unboxing, widening, Number/Boolean/Character
// unboxing, casts), captured values of every type, receivers bound and unbound, interface, static,
// constructor and private implementation methods, lambdas in interfaces and nested classes; the
// proxies' classes as reflection sees them, their numbering (which JDK-internal lambdas share), identity
// of non-capturing lambdas, casts and unboxing that fail inside a proxy, stack traces through proxies, and
// sites the JDK's bootstrap links itself (serializable lambdas, a protected method of another package).
import java.io.Serializable;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class LambdaProxies {
    interface FloatOp { double apply(float f); }
    interface ByteToLong { long apply(byte b); }
    interface CharToDouble { double apply(char c); }
    interface ShortToObj { Object apply(short s); }
    interface ObjToChar<T> { char apply(T t); }
    interface ObjToBool<T> { boolean apply(T t); }
    interface ObjToFloat<T> { float apply(T t); }
    interface LongDoubleInt { String apply(long a, double b, int c); }
    interface Thrower { void run() throws Exception; }

    interface Greeter {
        String name();
        default Supplier<String> greeting() { return () -> "hello " + name(); }
        static Function<String, String> shout() { return s -> s.toUpperCase() + "!"; }
    }

    static final class Counter {
        private int count;
        private String bump(String s) { return s + (++count); }
        Function<String, String> bumper() { return this::bump; }
        Supplier<String> viaLambda() { return () -> "count " + count; }
    }

    class Inner {
        final int k;
        Inner(int k) { this.k = k; }
        int plus(int x) { return x + k + base; }
    }

    int base = 100;

    static long twice(long x) { return 2 * x; }
    static int code(int c) { return c * 2; }
    static Object ident(Object o) { return o; }
    static Number num(Number n) { return n; }
    static String describe(long a, double b, int c, String d, boolean e, char f, short g, byte h, float i) {
        return a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + i;
    }
    static int unboxInt(int x) { return x + 1; }
    static void fail(String why) { throw new IllegalStateException(why); }

    static String shape(Object lambda) {
        Class<?> c = lambda.getClass();
        String name = c.getName();
        StringBuilder sb = new StringBuilder(name.substring(0, name.indexOf('/')));
        sb.append(" ").append(Modifier.toString(c.getModifiers()));
        sb.append(" synthetic=").append(c.isSynthetic()).append(" hidden=").append(c.isHidden());
        sb.append(" super=").append(c.getSuperclass().getName());
        sb.append(" interfaces=").append(Arrays.toString(c.getInterfaces()));
        sb.append(" nestHost=").append(c.getNestHost().getName());
        List<String> fields = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) fields.add(Modifier.toString(f.getModifiers()) + " " + f.getType().getName() + " " + f.getName());
        Collections.sort(fields);
        sb.append(" fields=").append(fields);
        List<String> methods = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) methods.add(Modifier.toString(m.getModifiers()) + " " + m.getName() + Arrays.toString(m.getParameterTypes()) + m.getReturnType().getName());
        Collections.sort(methods);
        sb.append(" methods=").append(methods);
        for (Constructor<?> k : c.getDeclaredConstructors()) sb.append(" ctor=").append(Modifier.toString(k.getModifiers())).append(Arrays.toString(k.getParameterTypes()));
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        // Conversions of arguments.
        IntToLongFunction i2l = LambdaProxies::twice;
        FloatOp f2d = Math::sqrt;
        ByteToLong b2l = LambdaProxies::twice;
        CharToDouble c2d = Math::abs;
        ShortToObj s2o = LambdaProxies::ident;
        IntFunction<Number> i2n = LambdaProxies::num;
        Function<Character, Integer> ch = LambdaProxies::code;
        Function<Integer, Long> unboxWiden = Long::valueOf;
        ToLongFunction<Integer> unboxVirtual = Integer::longValue;
        BiFunction<Integer, Integer, Integer> sum = Integer::sum;
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<Supplier<Integer>> viaNumber = Supplier::get;
        ObjToBool<Supplier<Boolean>> viaBoolean = Supplier::get;
        ObjToChar<Supplier<Character>> viaChar = Supplier::get;
        ObjToFloat<Supplier<Long>> viaFloat = Supplier::get;
        Function<Object, String> valueOf = String::valueOf;
        Function<String[], List<String>> asList = Arrays::asList;
        BiFunction<String, Object[], String> format = String::format;
        System.out.println(i2l.applyAsLong(21) + " " + f2d.apply(2.25f) + " " + b2l.apply((byte) -7) + " " + c2d.apply('A'));
        System.out.println(s2o.apply((short) 300) + " " + s2o.apply((short) 1).getClass().getName() + " " + i2n.apply(5).getClass().getName());
        System.out.println(ch.apply('x') + " " + unboxWiden.apply(-5) + " " + unboxVirtual.applyAsLong(1 << 30) + " " + sum.apply(3, 4) + " " + parse.apply("77"));
        System.out.println(viaNumber.applyAsInt(() -> 41) + " " + viaBoolean.apply(() -> true) + " " + viaChar.apply(() -> 'q') + " " + viaFloat.apply(() -> 1L << 40));
        System.out.println(valueOf.apply(3.5) + " " + asList.apply(new String[] {"a", "b"}) + " " + format.apply("%s-%s", new Object[] {1, "z"}));

        // Captured values of every type, bound receivers, constructors, inner classes, interfaces.
        long L = 1L << 40;
        double D = -0.5;
        int I = 7;
        String S = "s";
        boolean Z = true;
        char C = 'c';
        short H = -3;
        byte B = 9;
        float F = 1.25f;
        Supplier<String> all = () -> describe(L, D, I, S, Z, C, H, B, F);
        LongDoubleInt partial = (a, b, c) -> describe(a + L, b * D, c + I, S, !Z, C, H, B, F);
        System.out.println(all.get());
        System.out.println(partial.apply(1, 2.0, 3));
        String target = "Hello";
        Supplier<Integer> bound = target::length;
        Function<String, String> concat = target::concat;
        Supplier<List<String>> newList = ArrayList::new;
        Function<String, StringBuilder> newSb = StringBuilder::new;
        IntFunction<int[]> newArray = int[]::new;
        LambdaProxies outer = new LambdaProxies();
        IntFunction<Inner> newInner = k -> outer.new Inner(k);
        IntUnaryOperator boundInner = outer.new Inner(1)::plus;
        ToIntFunction<List<?>> size = List::size;
        Supplier<Comparator<String>> natural = Comparator::naturalOrder;
        System.out.println(bound.get() + " " + concat.apply(" world") + " " + newList.get() + " " + newSb.apply("sb").reverse()
                + " " + newArray.apply(3).length + " " + newInner.apply(5).plus(1) + " " + boundInner.applyAsInt(2) + " " + size.applyAsInt(List.of(1, 2)));
        System.out.println(natural.get().compare("a", "b"));
        Counter counter = new Counter();
        Function<String, String> bump = counter.bumper();
        System.out.println(bump.apply("n") + " " + bump.apply("n") + " " + counter.viaLambda().get());
        Greeter g = () -> "greeter";
        System.out.println(g.greeting().get() + " " + Greeter.shout().apply("hey"));

        // Non-capturing lambdas are one instance per site; capturing ones are new each time.
        List<Runnable> same = new ArrayList<>();
        List<Supplier<Integer>> fresh = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            same.add(() -> {});
            int j = i;
            fresh.add(() -> j);
        }
        System.out.println((same.get(0) == same.get(2)) + " " + (fresh.get(0) == fresh.get(1)) + " " + fresh.get(2).get());

        // The proxies as reflection sees them.
        System.out.println(shape(i2l));
        System.out.println(shape(all));
        System.out.println(shape(newInner));
        System.out.println(shape(bound));
        System.out.println(shape(g.greeting()));

        // Failures inside a proxy: its checkcast, its unboxing, and an exception through it.
        @SuppressWarnings({"rawtypes", "unchecked"})
        Function raw = (Function<String, Integer>) String::length;
        try {
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        Function<Integer, Integer> inc = LambdaProxies::unboxInt;
        try {
            inc.apply(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        Consumer<String> failing = LambdaProxies::fail;
        try {
            failing.accept("inside");
        } catch (IllegalStateException e) {
            for (StackTraceElement el : e.getStackTrace()) System.out.println("  at " + el);
        }

        // JDK-internal lambdas and sites the JDK links itself take numbers from the same counter.
        Runnable first = () -> {};
        Runnable serial = (Runnable & Serializable) () -> {};
        Supplier<Object> cloner = outer::cloneMe;
        Runnable after = () -> {};
        System.out.println(Stream.of("b", "a", "c").sorted(Comparator.comparing(String::valueOf)).collect(Collectors.joining(",")));
        Runnable last = () -> {};
        for (Object o : new Object[] {first, serial, after, last}) {
            String n = o.getClass().getName();
            System.out.println(n.substring(0, n.indexOf('/')));
        }
        System.out.println(cloner.get() != outer);
    }

    Object cloneMe() {
        Supplier<Object> protectedElsewhere = () -> {
            try {
                return this.clone();
            } catch (CloneNotSupportedException e) {
                return "not cloneable";
            }
        };
        return protectedElsewhere.get();
    }
}
