public class IncompatibleFieldChange {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Holder h = new Holder();
        attempt("getstatic on field that became instance", new Call() { public Object run() { return Holder.shared; } });
        attempt("putstatic on field that became instance", new Call() { public Object run() { Holder.shared = 1; return "ok"; } });
        attempt("getfield on field that became static", new Call() { public Object run() { return h.own; } });
        attempt("putfield on field that became static", new Call() { public Object run() { h.own = 2; return "ok"; } });
    }
}

class Holder {
    static int shared = 7;
    int own = 8;
}
