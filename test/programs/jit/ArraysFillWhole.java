import java.util.Arrays;

/**
 * Arrays.fill of whole primitive arrays of every type (tsjvm runs these as an intrinsic outside -Xint):
 * values converted as the array stores them, longs whose two halves differ, NaN and -0.0, small and large
 * arrays, and a null array, whose NullPointerException message and stack trace must be HotSpot's.
 */
public class ArraysFillWhole {
    public static void main(String[] args) {
        for (int n : new int[] { 0, 1, 7, 64, 65, 1000, 100_000 }) {
            int[] i = new int[n];
            long[] l = new long[n];
            byte[] b = new byte[n];
            char[] c = new char[n];
            short[] s = new short[n];
            boolean[] z = new boolean[n];
            float[] f = new float[n];
            double[] d = new double[n];
            long sum = 0;
            for (int r = 0; r < 3; r++) {
                Arrays.fill(i, -r - 7);
                Arrays.fill(l, r == 1 ? 0x1234_5678_9ABC_DEF0L : -r);
                Arrays.fill(b, (byte) (200 + r));
                Arrays.fill(c, (char) (0xFFFF - r));
                Arrays.fill(s, (short) (-32768 + r));
                Arrays.fill(z, r % 2 == 0);
                Arrays.fill(f, r == 2 ? Float.NaN : -0.0f);
                Arrays.fill(d, r == 2 ? -0.0 : 1e300 * r);
                sum = sum * 31 + Arrays.hashCode(i) + Arrays.hashCode(l) + Arrays.hashCode(b) + Arrays.hashCode(c)
                        + Arrays.hashCode(s) + Arrays.hashCode(z) + Arrays.hashCode(f) + Arrays.hashCode(d);
            }
            System.out.println(n + ": " + sum + (n > 0 ? " " + l[n - 1] + " " + d[0] + " " + Float.floatToRawIntBits(f[n - 1]) : ""));
        }
        long[] pairs = new long[5];
        for (long v : new long[] { 0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFF_FFFFL, 0x1_0000_0000L }) {
            Arrays.fill(pairs, v);
            System.out.println(Long.toHexString(v) + " -> " + Arrays.toString(pairs));
        }
        int[] none = null;
        try {
            Arrays.fill(none, 1);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
            for (StackTraceElement el : e.getStackTrace()) System.out.println("  at " + el);
        }
        double[] noDoubles = args.length > 100 ? new double[1] : null;
        try {
            Arrays.fill(noDoubles, 2.0);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage() + " / " + e.getStackTrace()[0]);
        }
    }
}
