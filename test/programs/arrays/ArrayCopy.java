import java.util.Arrays;

public class ArrayCopy {
    static void copy(Object src, int srcPos, Object dst, int dstPos, int len) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            System.out.println("ok " + describe(dst));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String describe(Object a) {
        if (a instanceof int[]) return Arrays.toString((int[]) a);
        if (a instanceof long[]) return Arrays.toString((long[]) a);
        if (a instanceof Object[]) return Arrays.deepToString((Object[]) a);
        if (a instanceof char[]) return new String((char[]) a);
        return String.valueOf(a);
    }

    public static void main(String[] args) {
        int[] a = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        copy(a, 0, a, 2, 5); // overlapping forward
        a = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        copy(a, 3, a, 1, 6); // overlapping backward
        a = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        copy(a, 0, a, 0, 10);
        copy(a, 10, a, 0, 0); // zero length at the end is fine
        copy(a, 0, new int[3], 0, 3);
        copy(a, 5, new int[10], 0, 6);
        copy(a, 0, new int[3], 1, 3);
        copy(a, -1, new int[3], 0, 1);
        copy(a, 0, new int[3], -2, 1);
        copy(a, 0, new int[3], 0, -1);
        copy(a, 8, new int[3], 0, 3);
        copy(a, 0, new long[10], 0, 1);
        copy(new long[2], 0, a, 0, 1);
        copy(a, 0, new Object[10], 0, 1);
        copy(new Object[1], 0, a, 0, 1);
        copy("not an array", 0, a, 0, 1);
        copy(a, 0, "not an array", 0, 1);
        copy(null, 0, a, 0, 1);
        copy(a, 0, null, 0, 1);
        copy(new String[] { "a", "b" }, 0, new Object[3], 1, 2);
        copy(new Object[] { "a", 1, "c" }, 0, new String[3], 0, 3); // fails part way
        String[] partial = new String[3];
        try {
            System.arraycopy(new Object[] { "a", "b", 3, "d" }, 0, partial, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("partial copy: " + Arrays.toString(partial) + " " + e.getMessage());
        }
        copy(new Integer[] { 1, 2 }, 0, new Number[2], 0, 2);
        copy(new Number[] { 1, 2.5 }, 0, new Integer[2], 0, 2);
        copy(new int[][] { { 1 } }, 0, new long[1][], 0, 1);
        copy(new int[][] { { 1 } }, 0, new Object[1], 0, 1);
        char[] chars = "hello world".toCharArray();
        System.arraycopy(chars, 6, chars, 0, 5);
        System.out.println(new String(chars));
        Object[] self = { "x", "y", "z", null };
        System.arraycopy(self, 0, self, 1, 3);
        System.out.println(Arrays.toString(self));
        copy(new byte[5], 0, new byte[5], 3, 3);
        copy(new double[5], 4, new double[5], 0, 2);
        copy(new boolean[2], 0, new byte[2], 0, 2);
        // Arrays.copyOf / copyOfRange are built on arraycopy
        int[] grown = Arrays.copyOf(new int[] { 1, 2, 3 }, 5);
        String[] shrunk = Arrays.copyOf(new String[] { "a", "b", "c" }, 2);
        Number[] asNum = Arrays.copyOf(new Integer[] { 1, 2 }, 3, Number[].class);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(shrunk) + " " + Arrays.toString(asNum) + " "
                + asNum.getClass().getSimpleName());
        System.out.println(Arrays.toString(Arrays.copyOfRange(new long[] { 1, 2, 3, 4 }, 1, 6)));
        try {
            Arrays.copyOfRange(new int[3], 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange: " + e);
        }
        try {
            Arrays.copyOf(new int[3], -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf: " + e);
        }
    }
}
