public class Shifts {
    static int shl(int a, int n) { return a << n; }
    static int shr(int a, int n) { return a >> n; }
    static int ushr(int a, int n) { return a >>> n; }
    static long lshl(long a, int n) { return a << n; }
    static long lshr(long a, int n) { return a >> n; }
    static long lushr(long a, int n) { return a >>> n; }

    public static void main(String[] args) {
        int[] ivals = { 1, -1, 0x80000000, 0x7FFFFFFF, 0x12345678, -0x12345678, 0xF0F0F0F0 };
        int[] counts = { 0, 1, 4, 15, 16, 31, 32, 33, 63, 64, -1, -31, -32, 100, Integer.MIN_VALUE };
        for (int a : ivals) {
            for (int n : counts) {
                System.out.println(a + " <<,>>,>>> " + n + " = " + shl(a, n) + ", " + shr(a, n) + ", " + ushr(a, n));
            }
        }
        long[] lvals = { 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEF0L, 0xFFFFFFFFL, 0x80000000L };
        int[] lcounts = { 0, 1, 8, 31, 32, 33, 48, 63, 64, 65, 127, -1, -63, -64 };
        for (long a : lvals) {
            for (int n : lcounts) {
                System.out.println(a + "L <<,>>,>>> " + n + " = " + lshl(a, n) + ", " + lshr(a, n) + ", "
                        + lushr(a, n));
            }
        }
        // shift of promoted byte/short/char
        byte b = (byte) 0x80;
        short s = (short) 0x8000;
        char c = (char) 0x8000;
        System.out.println((b >> 1) + " " + (b >>> 1) + " " + (byte) (b >>> 1) + " " + (s >>> 4) + " " + (c >> 4));
        b >>>= 1; // compound with narrowing
        System.out.println("b >>>= 1 -> " + b);
        // long shift count is an int; a long shift count is narrowed
        long cnt = 65L;
        System.out.println("1 << 65L = " + (1 << cnt) + ", 1L << 65L = " + (1L << cnt));
    }
}
