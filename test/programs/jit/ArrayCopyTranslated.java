import java.util.Arrays;

/**
 * System.arraycopy from translated code (a direct call, and element loops for short primitive copies):
 * every primitive type and references, short and long copies, overlapping both ways within one array,
 * and the errors, all in methods hot enough to be translated.
 */
public class ArrayCopyTranslated {
    static long checksum;

    static void mix(long v) {
        checksum = checksum * 31 + v;
    }

    static void shift(int[] a, int from, int to, int n) {
        System.arraycopy(a, from, a, to, n);
    }

    static void rounds(int r) {
        int len = 8 + r % 80;
        int n = r % len;
        int[] ints = new int[len];
        long[] longs = new long[len];
        double[] doubles = new double[len];
        float[] floats = new float[len];
        char[] chars = new char[len];
        short[] shorts = new short[len];
        byte[] bytes = new byte[len];
        boolean[] bools = new boolean[len];
        Object[] objs = new Object[len];
        for (int i = 0; i < len; i++) {
            ints[i] = i * 7 + r;
            longs[i] = ((long) i << 40) - r;
            doubles[i] = i / 3.0 + r;
            floats[i] = i * 0.5f - r;
            chars[i] = (char) ('a' + (i + r) % 26);
            shorts[i] = (short) (i * 1000 - r);
            bytes[i] = (byte) (i * 13 + r);
            bools[i] = ((i + r) & 1) == 0;
            objs[i] = i % 3 == 0 ? null : Integer.valueOf(i + r);
        }
        int from = r % (len - n + 1);
        int to = (r / 3) % (len - n + 1);
        System.arraycopy(ints, from, ints, to, n);
        System.arraycopy(longs, from, longs, to, n);
        System.arraycopy(doubles, from, doubles, to, n);
        System.arraycopy(floats, from, floats, to, n);
        System.arraycopy(chars, from, chars, to, n);
        System.arraycopy(shorts, from, shorts, to, n);
        System.arraycopy(bytes, from, bytes, to, n);
        System.arraycopy(bools, from, bools, to, n);
        System.arraycopy(objs, from, objs, to, n);
        Number[] nums = new Number[len];
        System.arraycopy(objs, 0, nums, 0, len);
        long[] longCopy = new long[len + 3];
        System.arraycopy(longs, 0, longCopy, 3, len);
        mix(Arrays.hashCode(ints));
        mix(Arrays.hashCode(longs));
        mix(Arrays.hashCode(doubles));
        mix(Arrays.hashCode(floats));
        mix(Arrays.hashCode(chars));
        mix(Arrays.hashCode(shorts));
        mix(Arrays.hashCode(bytes));
        mix(Arrays.hashCode(bools));
        mix(Arrays.hashCode(objs));
        mix(Arrays.hashCode(nums));
        mix(Arrays.hashCode(longCopy));
    }

    static String attempt(Object src, int srcPos, Object dst, int dstPos, int n) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, n);
            return "ok";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    public static void main(String[] args) {
        for (int r = 0; r < 3000; r++) rounds(r);
        System.out.println("checksum " + checksum);
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 0; i < 5000; i++) shift(a, 0, 0, 10);
        shift(a, 0, 2, 6);
        System.out.println(Arrays.toString(a));
        shift(a, 3, 0, 7);
        System.out.println(Arrays.toString(a));
        String last = "";
        for (int i = 0; i < 3000; i++) last = attempt(new int[4], 0, new int[4], 0, i & 3);
        System.out.println(last);
        System.out.println(attempt(new int[4], 2, new int[4], 0, 3));
        System.out.println(attempt(new int[4], 0, new int[4], -1, 1));
        System.out.println(attempt(new int[4], 0, new int[4], 0, -1));
        System.out.println(attempt(new int[4], 0, new long[4], 0, 1));
        System.out.println(attempt(null, 0, new int[4], 0, 1));
        System.out.println(attempt(new int[4], 0, "x", 0, 1));
        System.out.println(attempt(new Object[] {"s", 1}, 0, new String[2], 0, 2));
        System.out.println(attempt(new long[40], 0, new long[40], 1, 39));
    }
}
