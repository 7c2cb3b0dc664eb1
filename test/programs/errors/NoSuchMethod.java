// Compiled against the Helper below; Helper is then replaced by NoSuchMethod.v2/Helper.java, which lacks
// or changed these methods.
public class NoSuchMethod {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Helper h = new Helper();
        attempt("kept()", new Call() { public Object run() { return h.kept(); } });
        attempt("static foo()", new Call() { public Object run() { Helper.foo(); return "ok"; } });
        attempt("instance bar(int)", new Call() { public Object run() { return h.bar(3); } });
        attempt("changed return type", new Call() { public Object run() { return h.size(); } });
        attempt("changed parameter type", new Call() { public Object run() { return h.scale(2.5); } });
        attempt("array signature", new Call() { public Object run() { return h.join(new String[] { "a" }, new int[][] { { 1 } }); } });
        attempt("constructor Helper(int)", new Call() { public Object run() { return new Helper(5); } });
        attempt("static foo() again", new Call() { public Object run() { Helper.foo(); return "ok"; } });
        attempt("kept() again", new Call() { public Object run() { return h.kept(); } });
    }
}

class Helper {
    Helper() {}
    Helper(int x) {}
    String kept() { return "still here"; }
    static void foo() {}
    int bar(int x) { return x * 2; }
    int size() { return 1; }
    double scale(double f) { return f; }
    String join(String[] a, int[][] b) { return "joined"; }
}
