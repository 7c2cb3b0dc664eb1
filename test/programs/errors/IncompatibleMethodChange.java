public class IncompatibleMethodChange {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Service s = new Service();
        attempt("invokestatic on method that became instance", new Call() { public Object run() { return Service.create(); } });
        attempt("invokevirtual on method that became static", new Call() { public Object run() { return s.process(); } });
        attempt("unchanged", new Call() { public Object run() { return s.name(); } });
    }
}

class Service {
    static String create() { return "created"; }
    String process() { return "processed"; }
    String name() { return "service"; }
}
