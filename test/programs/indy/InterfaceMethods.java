// Interface default, static and private methods; diamond resolution; X.super.m() calls; lambdas inside them.
import java.util.function.*;

public class InterfaceMethods {
    interface Greeter {
        String name();
        default String greet() { return prefix() + name() + suffix(); }
        private String prefix() { return "Hello, "; }
        private static String bang() { return "!"; }
        default String suffix() { return bang(); }
        static Greeter of(String n) { return () -> n; }
        default Supplier<String> later() { return () -> greet() + "(later)"; }
    }
    interface Loud extends Greeter {
        @Override default String greet() { return Greeter.super.greet().toUpperCase(); }
    }
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B>" + A.super.who(); } }
    interface C extends A { }
    static class D implements B, C { }
    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }
    static class Both implements Left, Right {
        public String side() { return Left.super.side() + "+" + Right.super.side(); }
    }
    interface Counter {
        int value();
        default Counter plus(int n) { return () -> value() + n; }
        static Counter zero() { return () -> 0; }
    }
    interface WithConstant { int K = compute(); static int compute() { System.out.println("WithConstant init"); return 5; } }
    static class UsesConstant implements WithConstant { }
    abstract static class Base implements Greeter { public String name() { return "base"; } }
    static class Impl extends Base implements Loud { }
    interface Generic<T> { T get(); default <R> R map(Function<? super T, R> f) { return f.apply(get()); } }

    public static void main(String[] args) {
        Greeter g = Greeter.of("World");
        System.out.println(g.greet());
        System.out.println(g.later().get());
        Loud l = () -> "quiet";
        System.out.println(l.greet());
        System.out.println(new D().who());
        System.out.println(new Both().side());
        System.out.println(Counter.zero().plus(3).plus(4).value());
        System.out.println("before constant");
        new UsesConstant();
        System.out.println("after new");
        System.out.println(WithConstant.K);
        System.out.println(new Impl().greet());
        Generic<String> gen = () -> "generic";
        System.out.println(gen.map(String::length) + " " + gen.<String>map(s -> s + s));
        Runnable r = Greeter.of("x")::greet;
        r.run();
        System.out.println(((Greeter) () -> "cast").greet());
    }
}
