// Exceptions from Method.invoke and Constructor.newInstance, before and after the reflection factory
// switches to generated accessors: InvocationTargetException, IllegalArgumentException and
// IllegalAccessException messages exactly as HotSpot prints them.
import java.lang.reflect.*;
import java.util.*;

public class ReflectInvokeErrors {
    public static class Target {
        public int count;
        public Target() { }
        public Target(int x) { if (x < 0) throw new IllegalArgumentException("negative " + x); count = x; }
        public String echo(String s, int n) { return s + n; }
        public int fail(String why) { throw new UnsupportedOperationException(why); }
        public void checked() throws Exception { throw new Exception("checked"); }
        public static String stat(long l) { return "stat " + l; }
        private String priv() { return "priv"; }
        public void err() { throw new StackOverflowError("fake overflow"); }
    }
    static class Hidden { public Hidden() { } }
    public static abstract class Abs { public Abs() { } }
    public static class Boom { static { if (true) throw new RuntimeException("static init failed"); } public static void hi() { } }

    static void report(String label, Runnable r) { report(label, r, false); }
    static void report(String label, Runnable r, boolean hideHash) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            Throwable t = e.getCause() != null && e instanceof Wrapped ? e.getCause() : e;
            String line = label + ": " + t.getClass().getName() + ": " + t.getMessage()
                    + (t.getCause() != null ? " / cause " + t.getCause().getClass().getName() + ": " + t.getCause().getMessage() : "");
            System.out.println(hideHash ? line.replaceAll("@[0-9a-f]+", "@") : line);
        }
    }
    static class Wrapped extends RuntimeException { Wrapped(Throwable t) { super(t); } }
    interface Action { void run() throws Throwable; }
    static Runnable w(Action a) {
        return () -> {
            try { a.run(); } catch (RuntimeException e) { throw e; } catch (Throwable t) { throw new Wrapped(t); }
        };
    }

    public static void main(String[] args) throws Exception {
        Method echo = Target.class.getMethod("echo", String.class, int.class);
        Method fail = Target.class.getMethod("fail", String.class);
        Method checked = Target.class.getMethod("checked");
        Method stat = Target.class.getMethod("stat", long.class);
        Method priv = Target.class.getDeclaredMethod("priv");
        Method err = Target.class.getMethod("err");
        Constructor<Target> ctor = Target.class.getConstructor(int.class);
        Target t = new Target();
        for (int round = 0; round < 2; round++) {
            System.out.println("---- round " + round);
            report("ok", w(() -> System.out.println(echo.invoke(t, "a", 1))));
            report("ITE runtime", w(() -> fail.invoke(t, "nope")));
            report("ITE checked", w(() -> checked.invoke(t)));
            report("ITE error", w(() -> err.invoke(t)));
            report("too few args", w(() -> echo.invoke(t, "a")));
            report("too many args", w(() -> echo.invoke(t, "a", 1, 2)));
            report("no args array", w(() -> echo.invoke(t)));
            report("wrong arg type", w(() -> echo.invoke(t, 1, 1)), true);
            report("null primitive", w(() -> echo.invoke(t, "a", null)));
            report("narrowing", w(() -> echo.invoke(t, "a", 1L)));
            report("widening ok", w(() -> System.out.println(stat.invoke(null, 7))));
            report("char widening", w(() -> System.out.println(stat.invoke(null, 'x'))));
            report("boolean to long", w(() -> stat.invoke(null, true)));
            report("null receiver", w(() -> echo.invoke(null, "a", 1)));
            report("wrong receiver", w(() -> echo.invoke("str", "a", 1)), true);
            report("static ignores receiver", w(() -> System.out.println(stat.invoke("anything", 3L))));
            report("private no access", w(() -> priv.invoke(t)));
            report("ctor ok", w(() -> System.out.println(ctor.newInstance(5).count)));
            report("ctor ITE", w(() -> ctor.newInstance(-1)));
            report("ctor wrong args", w(() -> ctor.newInstance("x")));
            report("ctor arg count", w(() -> ctor.newInstance()));
            for (int i = 0; i < 20; i++) { echo.invoke(t, "w", i); ctor.newInstance(i); stat.invoke(null, (long) i); fail.getName(); }
            for (int i = 0; i < 20; i++) { try { fail.invoke(t, "x"); } catch (InvocationTargetException e) { } }
        }
        report("abstract", w(() -> Abs.class.getConstructor().newInstance()));
        report("interface newInstance", w(() -> Runnable.class.getDeclaredConstructors()));
        report("static init failure", w(() -> Boom.class.getMethod("hi").invoke(null)));
        try {
            Boom.class.getMethod("hi").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.println("static init again: ITE " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        } catch (NoClassDefFoundError e) {
            System.out.println("static init again: " + e.getMessage());
        }
        report("Class.newInstance checked", w(() -> Target.class.getMethod("checked").invoke(Target.class.getDeclaredConstructor().newInstance())));
        report("enum ctor", w(() -> Thread.State.class.getDeclaredConstructors()[0].newInstance("X", 0)));
        report("array newInstance", w(() -> int[].class.getDeclaredConstructors()));
        report("setAccessible ok", w(() -> { priv.setAccessible(true); System.out.println(priv.invoke(t)); }));
        try {
            String.class.getDeclaredField("value").setAccessible(true);
        } catch (InaccessibleObjectException e) {
            System.out.println("setAccessible java.base: " + e.getMessage().replaceAll("@[0-9a-f]+", "@"));
        }
        report("trySetAccessible", w(() -> System.out.println(String.class.getDeclaredField("hash").trySetAccessible())));
        report("private ctor java.base", w(() -> Class.class.getDeclaredConstructor(ClassLoader.class, Class.class).newInstance(null, null)));
    }
}
