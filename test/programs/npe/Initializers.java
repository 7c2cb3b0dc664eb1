// NullPointerExceptions in static initializers, constructors, instance initializers, enum constructors,
// interface default and static methods and synchronized methods.
public class Initializers {
    static String missing;

    static class BadStatic {
        static final int LEN = missing.length();
    }

    static class BadConstructor {
        final int len;

        BadConstructor(String s) {
            len = s.length();
        }
    }

    static class BadInstanceInit {
        int[] data;
        int first;

        {
            first = data[0];
        }
    }

    static class Sub extends BadConstructor {
        Sub() {
            super(missing);
        }
    }

    enum Planet {
        EARTH(null);

        final int size;

        Planet(String name) {
            size = name.length();
        }
    }

    interface Greeter {
        default int greet(String who) {
            return who.length();
        }

        static int shout(String who) {
            return who.toUpperCase().length();
        }
    }

    synchronized int locked(String s) {
        return s.length();
    }

    static synchronized int staticLocked(int[] a) {
        return a.length;
    }

    static void report(String what, Throwable t) {
        Throwable npe = t;
        while (npe != null && !(npe instanceof NullPointerException)) npe = npe.getCause();
        System.out.println(what + ": " + t.getClass().getName() + " / " + (npe == null ? "-" : npe.getMessage()));
    }

    public static void main(String[] args) {
        try { System.out.println(BadStatic.LEN); } catch (Throwable t) { report("static init", t); }
        try { new BadConstructor(null); } catch (Throwable t) { report("constructor", t); }
        try { new BadInstanceInit(); } catch (Throwable t) { report("instance init", t); }
        try { new Sub(); } catch (Throwable t) { report("super call", t); }
        try { System.out.println(Planet.EARTH); } catch (Throwable t) { report("enum", t); }
        try { new Greeter() {}.greet(null); } catch (Throwable t) { report("default method", t); }
        try { Greeter.shout(null); } catch (Throwable t) { report("static interface method", t); }
        try { new Initializers().locked(null); } catch (Throwable t) { report("synchronized method", t); }
        try { staticLocked(null); } catch (Throwable t) { report("static synchronized method", t); }
    }
}
