/**
 * Exception throwing and catching: user exceptions thrown from a few frames down (with and
 * without stack traces), checked exceptions, VM-raised ArithmeticException,
 * ArrayIndexOutOfBoundsException and NullPointerException, try/finally and rethrow.
 * Measures: athrow, exception-table lookup, frame unwinding, Throwable construction and
 * fillInStackTrace. (VM-generated messages are not part of the output.)
 * args[0] = number of iterations (work is linear in it).
 */
public class Exceptions {
    static final class Fail extends RuntimeException {
        final int code;

        Fail(int code) {
            super("fail " + code);
            this.code = code;
        }
    }

    /** Cheap exception: no stack trace captured. */
    static final class Quick extends RuntimeException {
        final int code;

        Quick(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    static final class Checked extends Exception {
        final int code;

        Checked(int code) {
            this.code = code;
        }
    }

    static int finallyCount;

    static int deep(int depth, int v) {
        if (depth == 0) {
            if ((v & 3) == 0) {
                throw new Fail(v);
            }
            return v;
        }
        return deep(depth - 1, v) + 1;
    }

    static int quick(int depth, int v) {
        if (depth == 0) {
            throw new Quick(v);
        }
        return quick(depth - 1, v + 1);
    }

    static int checked(int v) throws Checked {
        if (v % 3 == 0) {
            throw new Checked(v);
        }
        return v;
    }

    static int withFinally(int v) {
        try {
            return checked(v);
        } catch (Checked c) {
            throw new IllegalStateException("wrapped", c);
        } finally {
            finallyCount++;
        }
    }

    static int divide(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300000;
        long sum = 0;
        int fails = 0, quicks = 0, wrapped = 0, arith = 0, bounds = 0, npes = 0;
        int[] arr = new int[8];
        String[] strs = { "a", null, "ccc" };
        for (int i = 0; i < iterations; i++) {
            try {
                sum += deep(5, i);
            } catch (Fail f) {
                fails++;
                sum += f.code + f.getMessage().length();
            }
            try {
                sum += quick(3, i);
            } catch (Quick q) {
                quicks++;
                sum += q.code;
            }
            try {
                sum += withFinally(i);
            } catch (IllegalStateException e) {
                wrapped++;
                sum += ((Checked) e.getCause()).code;
            }
            try {
                sum += divide(i, i % 5);
            } catch (ArithmeticException e) {
                arith++;
            }
            try {
                arr[i % 10] = i;
                sum += arr[(i + 1) % 10];
            } catch (ArrayIndexOutOfBoundsException e) {
                bounds++;
            }
            try {
                sum += strs[i % 3].length();
            } catch (NullPointerException e) {
                npes++;
            }
        }
        System.out.println("fails " + fails + " quicks " + quicks + " wrapped " + wrapped + " finally "
                + finallyCount);
        System.out.println("arith " + arith + " bounds " + bounds + " npes " + npes);
        System.out.println("iterations " + iterations + " checksum " + Long.toHexString(sum));
    }
}
