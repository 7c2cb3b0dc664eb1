// v2 turns a default method and a concrete superclass method into abstract ones; the implementing classes
// are not recompiled.
public class AbstractMethod {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Greeter g = new PlainGreeter();
        final Base b = new Derived();
        attempt("interface method lost its default", new Call() { public Object run() { return g.greet(); } });
        attempt("other default still works", new Call() { public Object run() { return g.farewell(); } });
        attempt("abstract class method became abstract", new Call() { public Object run() { return b.name(); } });
        attempt("through the subclass type", new Call() { public Object run() { return ((Derived) b).name(); } });
        attempt("implemented elsewhere", new Call() { public Object run() { return new Overrider().name(); } });
    }
}

interface Greeter {
    default String greet() { return "hello"; }
    default String farewell() { return "bye"; }
}

class PlainGreeter implements Greeter {}

abstract class Base {
    String name() { return "base"; }
}

class Derived extends Base {}

class Overrider extends Base {
    @Override String name() { return "overrider"; }
}
