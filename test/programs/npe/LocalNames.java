// Local variable names from the LocalVariableTable: scopes that reuse slots, parameters after long and
// double parameters, catch parameters, loop variables, try-with-resources variables.
public class LocalNames {
    String label;

    static int afterWide(long a, double b, String c) {
        return c.length() + (int) a + (int) b;
    }

    int instanceAfterWide(double a, long b, LocalNames other) {
        return other.label.length() + (int) (a + b);
    }

    static void scopes(boolean first) {
        if (first) {
            String alpha = null;
            System.out.println(alpha.length());
        } else {
            String beta = null;
            System.out.println(beta.length());
        }
    }

    static void reassigned(String param) {
        param = null;
        System.out.println(param.length());
    }

    static void loopVariable(String[] values) {
        for (String value : values) {
            System.out.println(value.length());
        }
    }

    static void catchParameter() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException caught) {
            Throwable cause = caught.getCause();
            System.out.println(cause.getMessage());
        }
    }

    static void tryResource() throws Exception {
        try (AutoCloseable res = null) {
            System.out.println(res.hashCode());
        }
    }

    static void manyLocals() {
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5;
        String s6 = null;
        System.out.println(a0 + a1 + a2 + a3 + a4 + a5 + s6.length());
    }

    public static void main(String[] args) throws Exception {
        for (int c = 0; c < 10; c++) {
            try {
                switch (c) {
                    case 0: afterWide(1L, 2.0, null); break;
                    case 1: new LocalNames().instanceAfterWide(1.0, 2L, new LocalNames()); break;
                    case 2: scopes(true); break;
                    case 3: scopes(false); break;
                    case 4: reassigned("x"); break;
                    case 5: loopVariable(new String[] {"a", null}); break;
                    case 6: catchParameter(); break;
                    case 7: tryResource(); break;
                    case 8: manyLocals(); break;
                    default: { String args2 = args.length > 10 ? "" : null; args2.length(); break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
