public class LongConversions {
    static int l2i(long x) { return (int) x; }
    static float l2f(long x) { return x; }
    static double l2d(long x) { return x; }

    public static void main(String[] args) {
        long[] vals = { 0L, 1L, -1L, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL, 0x100000000L, 0x1FFFFFFFFL, -0x80000001L,
                9007199254740992L, 9007199254740993L, 9007199254740995L, 18014398509481983L, 16777217L, 16777219L,
                0x7FFFFFFFFFFFFDFFL, 0x7FFFFFFFFFFFFE00L, 0x7FFFFFFFFFFFFC00L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, 1234567890123456789L, -1234567890123456789L, 0x0020000020000001L,
                0x0000000120000001L, 0x8000008000000001L, 0x4000004000000000L };
        for (long x : vals) {
            float f = l2f(x);
            double d = l2d(x);
            System.out.println(x + ": l2i=" + l2i(x) + " l2f=" + f + " [" + Integer.toHexString(Float.floatToIntBits(f))
                    + "] l2d=" + d + " [" + Long.toHexString(Double.doubleToLongBits(d)) + "] (byte)=" + (byte) x
                    + " (char)=" + (int) (char) x + " (short)=" + (short) x + " back d2l=" + (long) d + " f2l=" + (long) f);
        }
        // ties-to-even when rounding to double: 2^53 + 1 and 2^53 + 3
        long two53 = 1L << 53;
        for (int i = 0; i < 8; i++) {
            long v = two53 + i;
            System.out.println("2^53+" + i + " -> " + (long) (double) v + " float " + (long) (float) (v >> 29 << 29 | i));
        }
        long acc = 1;
        for (int i = 0; i < 64; i++) {
            System.out.println("bit " + i + ": " + (float) acc + " " + (double) acc + " " + (int) acc + " " + (double) -acc);
            acc <<= 1;
        }
    }
}
