public class ThrowableMethods {
    static Throwable make(int depth) {
        if (depth == 0) return new RuntimeException("made");
        return make(depth - 1);
    }

    public static void main(String[] args) {
        Throwable t = make(3);
        System.out.println("frames " + t.getStackTrace().length + " top " + t.getStackTrace()[0].getMethodName() + ":"
                + t.getStackTrace()[0].getLineNumber() + " bottom " + t.getStackTrace()[t.getStackTrace().length - 1]);
        Throwable refilled = t.fillInStackTrace();
        System.out.println("fillInStackTrace returns this: " + (refilled == t) + ", frames now " + t.getStackTrace().length
                + " top " + t.getStackTrace()[0]);
        Exception e = new Exception("outer");
        System.out.println("initCause returns this: " + (e.initCause(new Error("root")) == e) + " cause " + e.getCause());
        try {
            e.initCause(new Error("again"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        Exception withCtorCause = new Exception("x", null);
        try {
            withCtorCause.initCause(new Error("late"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause after ctor cause: " + ise.getMessage());
        }
        Exception self = new Exception("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException iae) {
            System.out.println("self-causation: " + iae.getMessage());
        }
        StackTraceElement[] st = { new StackTraceElement("X", "y", "X.java", 1) };
        t.setStackTrace(st);
        st[0] = null; // defensive copy
        System.out.println("after setStackTrace: " + t.getStackTrace()[0]);
        try {
            t.setStackTrace(new StackTraceElement[] { null });
        } catch (NullPointerException npe) {
            System.out.println("setStackTrace with null element: " + npe.getMessage());
        }
        Throwable chain = new RuntimeException("a", new IllegalStateException("b", new ArithmeticException("c")));
        int n = 0;
        for (Throwable c = chain; c != null; c = c.getCause()) {
            System.out.println("  chain[" + n++ + "] " + c);
        }
        Error err = new Error();
        System.out.println("Error() toString: " + err + ", cause: " + err.getCause());
        Exception wrap = new Exception(new IllegalArgumentException("inner message"));
        System.out.println("Exception(Throwable) message: " + wrap.getMessage());
        Exception wrapNull = new Exception((Throwable) null);
        System.out.println("Exception(null cause) message: " + wrapNull.getMessage());
        StackTraceElement el = new StackTraceElement("pkg.Cls", "meth", "Cls.java", 42);
        System.out.println("element: " + el + " equals " + el.equals(new StackTraceElement("pkg.Cls", "meth", "Cls.java", 42))
                + " hash equal " + (el.hashCode() == new StackTraceElement("pkg.Cls", "meth", "Cls.java", 42).hashCode()));
        new Exception("Stack trace").printStackTrace();
    }
}
