public class ClassBecameInterface {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("new on a class that became an interface", new Call() { public Object run() { return new Widget(); } });
        // method resolution happens before the receiver is null-checked
        attempt("invokevirtual on a class that became an interface", new Call() { public Object run() { return ((Widget) null).id(); } });
        attempt("invokeinterface on an interface that became a class", new Call() { public Object run() { return ((Shape) null).sides(); } });
        attempt("invokestatic of a class method, now an interface method", new Call() { public Object run() { return Widget.version(); } });
        attempt("getstatic of an interface constant that is now a class field", new Call() { public Object run() { return Shape.COUNTER; } });
        attempt("instanceof still works", new Call() { public Object run() { return (Object) "x" instanceof Widget; } });
    }
}

class Widget {
    int id() { return 1; }
    static int version() { return 1; }
}

interface Shape {
    Integer COUNTER = Integer.valueOf(3);
    int sides();
}
