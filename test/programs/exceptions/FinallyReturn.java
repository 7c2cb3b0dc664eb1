public class FinallyReturn {
    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyDoesNotChangeReturnedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            System.out.println("  finally set x=" + x);
        }
    }

    static StringBuilder finallyMutatesReturnedObject() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("b");
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallowsException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }

    static String finallyReplacesException() {
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                if (true) throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            return e.getMessage() + " suppressed=" + e.getSuppressed().length;
        }
    }

    static long longReturn(boolean fail) {
        long v = 5;
        try {
            if (fail) throw new RuntimeException();
            return v * 2;
        } catch (RuntimeException e) {
            return v * 3;
        } finally {
            v = 100;
        }
    }

    static double doubleFinally() {
        double d = 1.5;
        try {
            return d;
        } finally {
            d += 1;
        }
    }

    static String nestedFinally() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                try {
                    sb.append("1");
                    return sb.append("R").toString();
                } finally {
                    sb.append("2");
                }
            } finally {
                sb.append("3");
            }
        } finally {
            sb.append("4");
            System.out.println("  sb at end: " + sb);
        }
    }

    static int counter;

    static int returnInTryAndCatch(int mode) {
        try {
            counter++;
            if (mode == 0) return counter;
            throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            counter += 10;
            return -counter;
        } finally {
            counter += 100;
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverrides());
        System.out.println(finallyDoesNotChangeReturnedValue());
        System.out.println(finallyMutatesReturnedObject());
        System.out.println(finallySwallowsException());
        System.out.println(finallyReplacesException());
        System.out.println(longReturn(false) + " " + longReturn(true));
        System.out.println(doubleFinally());
        System.out.println(nestedFinally());
        System.out.println(returnInTryAndCatch(0) + " counter=" + counter);
        System.out.println(returnInTryAndCatch(1) + " counter=" + counter);
    }
}
