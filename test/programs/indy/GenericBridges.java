// Lambdas and method references whose functional interfaces are generic, so the metafactory must add
// bridges and cast or box arguments and results: covariant returns, primitive specializations,
// intersection-typed targets, and functional interfaces that inherit their abstract method.
import java.util.*;
import java.util.function.*;

public class GenericBridges {
    interface Transformer<A, B> { B transform(A a); }
    interface StringTransformer extends Transformer<String, String> { }
    interface Source<T> { T get(); }
    interface NumberSource extends Source<Number> { @Override Integer get(); }
    interface Sink<T> { void accept(T t); }
    interface IntSinkBridge extends Sink<Integer> { default void acceptInt(int i) { accept(i); } }
    interface Both extends Comparator<String>, java.io.Serializable { }
    interface ObjToLong<T> { long apply(T t); }
    interface Widening { double widen(int x); }
    interface Narrowed<T extends CharSequence> { int measure(T t); }
    static abstract class Shape { abstract double area(); }
    static class Sq extends Shape { final double s; Sq(double s) { this.s = s; } double area() { return s * s; } public String toString() { return "Sq" + s; } }

    static Integer boxedTwice(Integer x) { return x * 2; }
    static int primTwice(int x) { return x * 2; }
    static long widenToLong(Object o) { return o.hashCode(); }
    static Sq makeSq(Double d) { return new Sq(d); }

    public static void main(String[] args) {
        StringTransformer up = String::toUpperCase;
        Transformer<String, String> raw = up;
        System.out.println(up.transform("abc") + " " + raw.transform("x"));
        NumberSource ns = () -> 42;
        Source<Number> sn = ns;
        System.out.println(ns.get() + " " + sn.get().doubleValue());
        List<Integer> got = new ArrayList<>();
        IntSinkBridge sink = got::add;
        sink.acceptInt(7);
        ((Sink<Integer>) sink).accept(8);
        System.out.println(got);
        Both cmp = (a, b) -> a.length() - b.length();
        List<String> ws = new ArrayList<>(List.of("ccc", "a", "bb"));
        ws.sort(cmp);
        System.out.println(ws + " " + (cmp instanceof java.io.Serializable));
        Function<Integer, Integer> f1 = GenericBridges::boxedTwice;
        Function<Integer, Integer> f2 = GenericBridges::primTwice;
        IntUnaryOperator f3 = GenericBridges::boxedTwice;
        ToLongFunction<String> f4 = GenericBridges::widenToLong;
        ObjToLong<String> f5 = String::length;
        System.out.println(f1.apply(3) + " " + f2.apply(4) + " " + f3.applyAsInt(5) + " " + f4.applyAsLong("abc") + " " + f5.apply("four"));
        Widening w = x -> x / 2;
        Widening w2 = Integer::valueOf;
        System.out.println(w.widen(5) + " " + w2.widen(9));
        Narrowed<StringBuilder> n = StringBuilder::length;
        Narrowed<String> n2 = CharSequence::length;
        System.out.println(n.measure(new StringBuilder("12345")) + " " + n2.measure("ab"));
        Function<Double, Shape> mk = GenericBridges::makeSq;
        Function<Double, ? extends Shape> mk2 = Sq::new;
        System.out.println(mk.apply(2.0).area() + " " + mk2.apply(3.0));
        Supplier<? extends List<String>> ls = ArrayList::new;
        System.out.println(ls.get().size());
        BiFunction<Integer, Integer, Integer> max = Math::max;
        BinaryOperator<Long> lmax = Math::max;
        DoubleBinaryOperator dmax = Math::max;
        System.out.println(max.apply(3, 8) + " " + lmax.apply(-1L, -2L) + " " + dmax.applyAsDouble(1.5, -1));
        Function<Object, String> ts = Object::toString;
        Function<String, Object> widenRet = String::trim;
        System.out.println(ts.apply(List.of(1)) + " " + widenRet.apply("  t  "));
        Comparator<Sq> byArea = Comparator.comparingDouble(Shape::area);
        List<Sq> sqs = new ArrayList<>(List.of(new Sq(3), new Sq(1), new Sq(2)));
        sqs.sort(byArea);
        System.out.println(sqs);
        IntFunction<Integer> box = Integer::valueOf;
        ToIntFunction<Integer> unbox = Integer::intValue;
        IntToLongFunction i2l = x -> x;
        LongToIntFunction l2i = x -> (int) x;
        System.out.println(box.apply(9) + unbox.applyAsInt(1) + " " + i2l.applyAsLong(-1) + " " + l2i.applyAsInt(1L << 33));
        Callable<String> call = () -> "called";
        try { System.out.println(call.call()); } catch (Exception e) { }
        Transformer<Integer, int[]> arr = int[]::new;
        System.out.println(arr.transform(3).length);
        Transformer<char[], String> str = String::new;
        System.out.println(str.transform(new char[] {'o', 'k'}));
    }
    interface Callable<V> { V call() throws Exception; }
}
