public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        System.out.println("  " + s);
    }

    static class Super {
        static int a = trace("Super.a", 1);
        static { log("Super static block, a=" + a); }
        static int b = trace("Super.b", a + 1);
        static void touch() { log("Super.touch"); }
    }

    static class Sub extends Super {
        static int c = trace("Sub.c", b * 10);
        static { log("Sub static block, c=" + c); }
        static void touch() { log("Sub.touch"); }
    }

    static class Other {
        static { log("Other init"); }
        static final Other INSTANCE = new Other();
        Other() { log("Other() constructor, INSTANCE=" + INSTANCE); }
    }

    static class ForwardRef {
        static int x = getY() + 1; // reads y before its initializer runs
        static int y = 10;
        static int getY() { return y; }
    }

    static int trace(String name, int v) {
        log("init " + name + " = " + v);
        return v;
    }

    static { System.out.println("StaticInitOrder (main class) initialized"); }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("touch Sub:");
        Sub.touch();
        System.out.println("touch Super again:");
        Super.touch();
        System.out.println("values " + Super.a + " " + Super.b + " " + Sub.c);
        System.out.println("Other:");
        Object o = Other.INSTANCE;
        System.out.println("Other loaded, same instance: " + (o == Other.INSTANCE));
        System.out.println("ForwardRef x=" + ForwardRef.x + " y=" + ForwardRef.y);
        System.out.println("new Sub() after init:");
        new Sub();
        System.out.println("done");
    }
}
