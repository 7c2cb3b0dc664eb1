public class NoSuchField {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Fields f = new Fields();
        attempt("kept", new Call() { public Object run() { return f.kept; } });
        attempt("read removed count", new Call() { public Object run() { return f.count; } });
        attempt("write removed count", new Call() { public Object run() { f.count = 5; return "written"; } });
        attempt("read removed static TOTAL", new Call() { public Object run() { return Fields.TOTAL; } });
        attempt("type changed int -> long", new Call() { public Object run() { return f.width; } });
        attempt("type changed String -> Object", new Call() { public Object run() { return f.label; } });
        attempt("constant is inlined, no error", new Call() { public Object run() { return Fields.CONSTANT; } });
    }
}

class Fields {
    static final int CONSTANT = 99;
    static int TOTAL = 10;
    String kept = "kept";
    int count = 1;
    int width = 3;
    String label = "label";
}
