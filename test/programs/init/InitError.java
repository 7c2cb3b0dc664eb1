public class InitError {
    static class Broken {
        static int value = compute();
        static int compute() {
            System.out.println("  Broken.<clinit> running");
            throw new IllegalStateException("boom in static init");
        }
        static void hello() { System.out.println("hello"); }
    }

    static class BrokenByError {
        static {
            System.out.println("  BrokenByError.<clinit> running");
            if (true) throw new AssertionError("an Error is not wrapped");
        }
        static int x;
    }

    static class DependsOnBroken {
        static int y = Broken.value + 1;
    }

    static class BrokenSuper {
        static { if (true) throw new RuntimeException("super fails"); }
    }

    static class ChildOfBroken extends BrokenSuper {
        static { System.out.println("  ChildOfBroken.<clinit> must not run"); }
    }

    static void describe(Throwable t) {
        System.out.println(t.getClass().getName() + ": " + t.getMessage());
        Throwable c = t.getCause();
        while (c != null) {
            System.out.println("  caused by " + c.getClass().getName() + ": " + c.getMessage());
            c = c.getCause();
        }
    }

    public static void main(String[] args) {
        System.out.println("first use of Broken:");
        try {
            System.out.println(Broken.value);
        } catch (Throwable t) {
            describe(t);
            if (t instanceof ExceptionInInitializerError) {
                System.out.println("  getException: " + ((ExceptionInInitializerError) t).getException());
            }
        }
        System.out.println("second use of Broken:");
        try {
            Broken.hello();
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("third use (new):");
        try {
            new Broken();
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("class depending on Broken:");
        try {
            System.out.println(DependsOnBroken.y);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("DependsOnBroken again:");
        try {
            System.out.println(DependsOnBroken.y);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("BrokenByError:");
        try {
            BrokenByError.x = 1;
        } catch (Throwable t) {
            describe(t);
        }
        try {
            BrokenByError.x = 2;
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("ChildOfBroken:");
        try {
            new ChildOfBroken();
        } catch (Throwable t) {
            describe(t);
        }
        try {
            new ChildOfBroken();
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("Class.forName on Broken:");
        try {
            Class.forName("InitError$Broken");
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("class object still usable: " + Broken.class.getName());
    }
}
