public class InterfaceDefaults {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + helper(); }
        private String helper() { return "!"; }
        static Greeter of(final String n) {
            return new Greeter() { public String name() { return n; } };
        }
    }

    interface Loud extends Greeter {
        @Override default String greet() { return Greeter.super.greet().toUpperCase(); }
    }

    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }

    static class Both implements Left, Right {
        public String side() { return Left.super.side() + "+" + Right.super.side(); }
    }

    static class Person implements Greeter {
        public String name() { return "Ada"; }
    }

    static class Shouter implements Loud {
        public String name() { return "Bob"; }
    }

    static class Polite extends Person {
        @Override public String greet() { return "Good day, " + name(); }
    }

    static abstract class Base implements Left {}
    static class Derived extends Base {}

    interface Counter {
        int STEP = 2;
        int next(int x);
        default int twice(int x) { return next(next(x)); }
        static int start() { return 10; }
    }

    // class method wins over interface default
    static class Parent { public String side() { return "parent"; } }
    static class Child extends Parent implements Left {}

    interface WithObjectMethods {
        String toString();
        boolean equals(Object o);
    }

    public static void main(String[] args) {
        System.out.println(new Person().greet());
        System.out.println(new Shouter().greet());
        System.out.println(new Polite().greet());
        System.out.println(new Both().side());
        System.out.println(Greeter.of("Cy").greet());
        System.out.println(new Derived().side());
        System.out.println(new Child().side());
        Counter inc = new Counter() { public int next(int x) { return x + STEP; } };
        System.out.println(inc.twice(Counter.start()) + " " + Counter.STEP);
        Greeter g = new Shouter();
        Loud l = (Loud) g;
        System.out.println(l.greet() + " " + (g instanceof Loud) + " " + (g instanceof Left));
        WithObjectMethods w = new WithObjectMethods() { public String toString() { return "custom toString"; } };
        System.out.println(w.toString() + " " + w.equals(w));
        System.out.println("interfaces of Shouter: " + Shouter.class.getInterfaces()[0].getName() + " isInterface="
                + Loud.class.isInterface() + " super of interface=" + Loud.class.getSuperclass());
    }
}
