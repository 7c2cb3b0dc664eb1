// JVMS §5.3.5: a class may not override a final instance method of any of its superclasses. The methods
// became final after the subclasses were compiled (FinalOverrideChain.v2): only instance methods that
// are neither static nor private count, matched by name and descriptor, however far up they are.
public class FinalOverrideChain {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("final two levels up", new Call() { public Object run() { return new Leaf().name(); } });
        attempt("final in the middle", new Call() { public Object run() { return new LeafOfMiddle().size(); } });
        attempt("static final hidden", new Call() { public Object run() { return HidesStatic.make(); } });
        attempt("private final redeclared", new Call() { public Object run() { return new RedeclaresPrivate().secret(); } });
        attempt("other descriptor", new Call() { public Object run() { return new Overloads().name(7); } });
        attempt("middle class itself", new Call() { public Object run() { return new Middle().size(); } });
        attempt("again", new Call() { public Object run() { return new Leaf().name(); } });
    }
}

class Root {
    String name() { return "root"; }
    static String make() { return "root-made"; }
    private String secret() { return "root-secret"; }
    String callSecret() { return secret(); }
}

class Middle extends Root {
    int size() { return 1; }
}

class Leaf extends Middle {
    @Override String name() { return "leaf"; }
}

class LeafOfMiddle extends Middle {
    @Override int size() { return 2; }
}

class HidesStatic extends Middle {
    static String make() { return "hidden-made"; }
}

class RedeclaresPrivate extends Middle {
    String secret() { return "own-secret"; }
}

class Overloads extends Middle {
    String name(int n) { return "name" + n; }
}
