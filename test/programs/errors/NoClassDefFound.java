// NoClassDefFound.delete removes Gone.class and NoClassDefFound$Missing.class after compilation.
public class NoClassDefFound {
    interface Call { Object run(); }

    static class Missing {
        static String hello() { return "hello"; }
    }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
            Throwable cause = e.getCause();
            if (cause != null) System.out.println("  cause: " + cause);
        }
    }

    public static void main(String[] args) {
        attempt("new Gone()", new Call() { public Object run() { return new Gone(); } });
        attempt("new Gone() again", new Call() { public Object run() { return new Gone(); } });
        attempt("static call on deleted nested class", new Call() { public Object run() { return Missing.hello(); } });
        attempt("subclass of deleted class", new Call() { public Object run() { return new ChildOfGone(); } });
        attempt("Gone[] array", new Call() { public Object run() { return new Gone[2].length; } });
        attempt("class literal", new Call() { public Object run() { return Gone.class.getName(); } });
        attempt("instanceof Gone", new Call() { public Object run() { Object o = "s"; return o instanceof Gone; } });
        try {
            Class.forName("Gone");
        } catch (ClassNotFoundException e) {
            System.out.println("Class.forName: " + e);
        }
        System.out.println("Still running: " + new Present().ok());
    }
}

class Gone {}

class ChildOfGone extends Gone {}

class Present {
    String ok() { return "ok"; }
}
