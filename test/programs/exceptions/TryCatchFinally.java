public class TryCatchFinally {
    static int depth = 0;

    static void thrower(int kind) throws Exception {
        switch (kind) {
            case 0: return;
            case 1: throw new IllegalArgumentException("iae");
            case 2: throw new java.io.IOException("io");
            case 3: throw new UnsupportedOperationException("uoe");
            case 4: throw new Error("err");
            default: throw new Exception("plain");
        }
    }

    static String run(int kind) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            thrower(kind);
            sb.append("no-throw;");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            sb.append("multi-catch ").append(e.getClass().getSimpleName()).append(';');
        } catch (RuntimeException e) {
            sb.append("runtime;");
        } catch (java.io.IOException e) {
            sb.append("io ").append(e.getMessage()).append(';');
        } catch (Exception e) {
            sb.append("exception ").append(e.getMessage()).append(';');
        } catch (Throwable t) {
            sb.append("throwable ").append(t.getMessage()).append(';');
        } finally {
            sb.append("finally");
        }
        return sb.toString();
    }

    static int nested(int n) {
        int r = 0;
        try {
            try {
                if (n == 1) throw new IllegalStateException("inner");
                r += 1;
            } catch (IllegalStateException e) {
                r += 10;
                if (n == 1) throw new RuntimeException("from catch", e);
            } finally {
                r += 100;
                System.out.println("    inner finally r=" + r);
            }
        } catch (RuntimeException e) {
            r += 1000;
            System.out.println("    outer caught " + e.getMessage() + " cause " + e.getCause().getMessage());
        } finally {
            r += 10000;
        }
        return r;
    }

    static void rethrow() throws Exception {
        try {
            throw new java.io.FileNotFoundException("missing.txt");
        } catch (Exception e) {
            System.out.println("  rethrowing " + e.getClass().getName());
            throw e; // precise rethrow
        }
    }

    static int loopWithExceptions() {
        int caught = 0;
        for (int i = 0; i < 100; i++) {
            try {
                if (i % 7 == 0) throw new RuntimeException("r" + i);
                if (i % 11 == 0) throw new ArithmeticException("a" + i);
            } catch (ArithmeticException e) {
                caught += 1000;
            } catch (RuntimeException e) {
                caught++;
            }
        }
        return caught;
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 5; k++) System.out.println("run(" + k + ") = " + run(k));
        System.out.println("nested(0) = " + nested(0));
        System.out.println("nested(1) = " + nested(1));
        try {
            rethrow();
        } catch (java.io.FileNotFoundException e) {
            System.out.println("caught FileNotFoundException " + e.getMessage());
        } catch (Exception e) {
            System.out.println("wrong handler");
        }
        System.out.println("loop caught " + loopWithExceptions());
        // exception from a deeply nested call unwinds several frames
        try {
            deep(20);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("deep: " + e.getMessage() + " depth counter " + depth);
        }
        // catching by superclass: Throwable
        try {
            Object o = "x";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (Throwable t) {
            System.out.println("caught " + t.getClass().getName());
        }
        // empty try and empty catch
        try {
        } finally {
            System.out.println("finally after empty try");
        }
        try {
            throw new RuntimeException();
        } catch (RuntimeException ignored) {
        }
        System.out.println("end");
    }

    static void deep(int n) {
        depth++;
        try {
            if (n == 0) throw new IndexOutOfBoundsException("bottom reached");
            deep(n - 1);
        } finally {
            depth--;
        }
    }
}
