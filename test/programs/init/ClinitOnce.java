public class ClinitOnce {
    static int initCount = 0;

    static class Counted {
        static { initCount++; System.out.println("  Counted <clinit> #" + initCount); }
        static int value = 100;
        int inst = value++;
    }

    static class Holder {
        static { System.out.println("  Holder <clinit>"); }
        static class Lazy {
            static { System.out.println("  Holder.Lazy <clinit>"); }
            static final Object INSTANCE = new Object();
        }
        static Object get() { return Lazy.INSTANCE; }
    }

    static class Enclosing {
        static { System.out.println("  Enclosing <clinit>"); }
        static class NestedStatic {
            static { System.out.println("  NestedStatic <clinit> (does not initialize Enclosing)"); }
            static int n = 1;
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.out.println("iteration " + i + " inst=" + new Counted().inst);
        }
        System.out.println("initCount=" + initCount);
        System.out.println("Holder.get():");
        Object a = Holder.get();
        Object b = Holder.get();
        System.out.println("same lazy instance: " + (a == b));
        System.out.println("NestedStatic.n:");
        System.out.println(Enclosing.NestedStatic.n);
        System.out.println("reflection getDeclaredFields does not initialize:");
        int fields = Class.forName("ClinitOnce$Enclosing", false, ClinitOnce.class.getClassLoader()).getDeclaredFields().length;
        System.out.println("fields " + fields);
        System.out.println("Enclosing via forName:");
        Class.forName("ClinitOnce$Enclosing");
        Class.forName("ClinitOnce$Enclosing");
        System.out.println("done");
    }
}
