import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * checkcast, instanceof and aastore (JVMS §6.5) in methods hot enough to be translated: targets that are
 * final classes, classes at several depths of a hierarchy, interfaces and array types, with values that
 * pass and values that fail (ClassCastException and ArrayStoreException messages), null, and a subclass
 * first loaded after the checks were translated. Also long division and remainder of values in int range
 * (MIN_VALUE / -1), the Float/Double bit conversions on NaN payloads, and identity hash codes, which
 * translated code runs without their native frames.
 */
public class TypeChecksHot {
    static class A {}
    static class B extends A {}
    static class C extends B {}
    static final class D extends C {}
    static class Sibling extends A {}
    interface Marker {}
    static class M extends B implements Marker {}

    static int isA(Object o) { return o instanceof A ? 1 : 0; }
    static int isB(Object o) { return o instanceof B ? 1 : 0; }
    static int isC(Object o) { return o instanceof C ? 1 : 0; }
    static int isD(Object o) { return o instanceof D ? 1 : 0; }
    static int isString(Object o) { return o instanceof String ? 1 : 0; }
    static int isMarker(Object o) { return o instanceof Marker ? 1 : 0; }
    static int isObjectArray(Object o) { return o instanceof Object[] ? 1 : 0; }
    static int isAArray(Object o) { return o instanceof A[] ? 1 : 0; }
    static int isSerializable(Object o) { return o instanceof Serializable ? 1 : 0; }

    static String castB(Object o) {
        try {
            B b = (B) o;
            return b == null ? "null" : "ok";
        } catch (ClassCastException e) {
            return "CCE" + message(e);
        }
    }

    static String castD(Object o) {
        try {
            D d = (D) o;
            return d == null ? "null" : "ok";
        } catch (ClassCastException e) {
            return "CCE" + message(e);
        }
    }

    static String castArray(Object o) {
        try {
            A[] a = (A[]) o;
            return a == null ? "null" : "ok " + a.length;
        } catch (ClassCastException e) {
            return "CCE" + message(e);
        }
    }

    static String store(Object[] array, Object value) {
        try {
            array[0] = value;
            return "stored";
        } catch (ArrayStoreException e) {
            return "ASE" + message(e);
        }
    }

    /**
     * Messages are printed from the first round only: once HotSpot's C2 compiles a method that keeps
     * throwing one of these, it throws a preallocated exception without a message
     * (-XX:+OmitStackTraceInFastThrow).
     */
    static boolean withMessages = true;

    static String message(RuntimeException e) {
        return withMessages ? " " + e.getMessage() : "";
    }

    static String checks(Object o) {
        return "" + isA(o) + isB(o) + isC(o) + isD(o) + isString(o) + isMarker(o) + isObjectArray(o)
                + isAArray(o) + isSerializable(o) + " " + castB(o) + " / " + castD(o) + " / " + castArray(o);
    }

    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        Object[] values = {
            new A(), new B(), new C(), new D(), new Sibling(), new M(), "s", null,
            new Object[1], new A[2], new C[3], new String[1], new int[4], new Object(),
        };
        List<String> results = new ArrayList<>();
        for (int round = 0; round < 3000; round++) {
            for (int i = 0; i < values.length; i++) {
                String r = checks(values[i]);
                if (round == 0 || round == 2999) results.add(round + " " + i + " " + r);
            }
            withMessages = false;
        }
        for (String r : results) System.out.println(r);

        // A subclass of a checked class, loaded only now that the checks are translated.
        class Late extends C implements Marker {}
        System.out.println("late " + checks(new Late()));

        Object[][] arrays = { new Object[1], new A[1], new C[1], new String[1], new Marker[1] };
        Object[] stored = { new A(), new C(), new D(), "s", new M(), null };
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < arrays.length; i++) {
                for (int j = 0; j < stored.length; j++) {
                    withMessages = round == 0;
                    String r = store(arrays[i], stored[j]);
                    if (round == 0 || round == 1999) System.out.println("store " + round + " " + i + " " + j + " " + r);
                }
            }
        }

        long[] dividends = { Integer.MIN_VALUE, Integer.MAX_VALUE, -7, 7, 0, -1, 1000000007, Long.MIN_VALUE,
            (long) Integer.MAX_VALUE + 1, -(1L << 40) };
        long[] divisors = { -1, 1, 3, -3, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, (long) Integer.MIN_VALUE - 1,
            1L << 33 };
        long sum = 0;
        for (int round = 0; round < 2000; round++) {
            for (long a : dividends) {
                for (long b : divisors) {
                    long q = div(a, b);
                    long r = rem(a, b);
                    sum = sum * 31 + q * 17 + r;
                    if (round == 1999) System.out.println(a + " / " + b + " = " + q + " rem " + r);
                }
            }
        }
        System.out.println("sum " + sum);

        long[] doubleBits = { 0x7ff8000000000000L, 0xfff8000000000001L, 0x7ff0000000000001L, 0x3ff0000000000000L,
            0x8000000000000000L, 0x7ff4000000000000L };
        // Quiet NaNs only: a float's signaling NaN need not survive (src/runtime/numeric.ts).
        int[] floatBits = { 0x7fc00000, 0xffc00001, 0x7fc12345, 0x3f800000, 0x80000000, 0xff800000 };
        long bitsSum = 0;
        for (int round = 0; round < 3000; round++) {
            for (long b : doubleBits) {
                double d = Double.longBitsToDouble(b);
                long back = Double.doubleToRawLongBits(d);
                bitsSum = bitsSum * 31 + back + Double.doubleToLongBits(d);
                if (round == 2999) System.out.println(Long.toHexString(b) + " -> " + Long.toHexString(back));
            }
            for (int b : floatBits) {
                float f = Float.intBitsToFloat(b);
                int back = Float.floatToRawIntBits(f);
                bitsSum = bitsSum * 31 + back + Float.floatToIntBits(f);
                if (round == 2999) System.out.println(Integer.toHexString(b) + " -> " + Integer.toHexString(back));
            }
        }
        System.out.println("bits " + bitsSum);

        Object o = new Object();
        int first = o.hashCode();
        boolean same = true;
        for (int round = 0; round < 3000; round++) {
            same &= o.hashCode() == first && System.identityHashCode(o) == first;
            same &= System.identityHashCode(null) == 0;
        }
        System.out.println("identity hash stable " + same);
    }
}
