public class RecursiveInit {
    static class A {
        static int a1 = 1;
        static int fromB = B.b1; // triggers B's initialization while A is being initialized
        static int a2 = 2;
        static { System.out.println("  A done: a1=" + a1 + " fromB=" + fromB + " a2=" + a2); }
    }

    static class B {
        static int b1 = 10;
        static int fromA1 = A.a1; // A is being initialized by this thread: sees current values
        static int fromA2 = A.a2; // not yet initialized: default 0
        static { System.out.println("  B done: b1=" + b1 + " fromA1=" + fromA1 + " fromA2=" + fromA2); }
    }

    static class Singleton {
        static final Singleton INSTANCE = new Singleton();
        static int counter = 5; // runs after the constructor
        static final int CONST = 9; // constant: already set
        final int seenCounter;
        final int seenConst;
        Singleton() {
            seenCounter = counter;
            seenConst = CONST;
            counter++;
        }
    }

    static class SelfRef {
        static SelfRef first = new SelfRef("first");
        static String label = "label";
        static SelfRef second = new SelfRef("second");
        final String seen;
        SelfRef(String n) { seen = n + " saw label=" + label; }
    }

    public static void main(String[] args) {
        System.out.println("touch A:");
        System.out.println("A.fromB=" + A.fromB + " B.fromA1=" + B.fromA1 + " B.fromA2=" + B.fromA2);
        System.out.println("Singleton: seenCounter=" + Singleton.INSTANCE.seenCounter + " seenConst=" + Singleton.INSTANCE.seenConst
                + " counter=" + Singleton.counter);
        System.out.println("SelfRef: " + SelfRef.first.seen + "; " + SelfRef.second.seen);
    }
}
