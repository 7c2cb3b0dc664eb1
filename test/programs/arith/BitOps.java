public class BitOps {
    public static void main(String[] args) {
        int[] is = { 0, 1, -1, 2, 3, 0x80000000, 0x7FFFFFFF, 0x12345678, 0xF0F0F0F0, 0x00010000, 96, -96, 0x55555555 };
        for (int x : is) {
            System.out.println(Integer.toHexString(x) + ": bitCount=" + Integer.bitCount(x) + " reverse="
                    + Integer.toHexString(Integer.reverse(x)) + " reverseBytes=" + Integer.toHexString(Integer.reverseBytes(x))
                    + " nlz=" + Integer.numberOfLeadingZeros(x) + " ntz=" + Integer.numberOfTrailingZeros(x) + " highest="
                    + Integer.toHexString(Integer.highestOneBit(x)) + " lowest=" + Integer.toHexString(Integer.lowestOneBit(x))
                    + " rotl5=" + Integer.toHexString(Integer.rotateLeft(x, 5)) + " rotr5="
                    + Integer.toHexString(Integer.rotateRight(x, 5)) + " rotl-3=" + Integer.toHexString(Integer.rotateLeft(x, -3))
                    + " rotl33=" + Integer.toHexString(Integer.rotateLeft(x, 33)) + " signum=" + Integer.signum(x));
            for (int y : new int[] { 0, -1, 0x0F0F0F0F, 0x12345678 }) {
                System.out.println("  & " + (x & y) + " | " + (x | y) + " ^ " + (x ^ y) + " &~ " + (x & ~y));
            }
        }
        long[] ls = { 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEF0L, 0x00000000FFFFFFFFL,
                0xFFFFFFFF00000000L, 0x8000000000000001L, 1L << 40 };
        for (long x : ls) {
            System.out.println(Long.toHexString(x) + ": bitCount=" + Long.bitCount(x) + " reverse="
                    + Long.toHexString(Long.reverse(x)) + " reverseBytes=" + Long.toHexString(Long.reverseBytes(x)) + " nlz="
                    + Long.numberOfLeadingZeros(x) + " ntz=" + Long.numberOfTrailingZeros(x) + " highest="
                    + Long.toHexString(Long.highestOneBit(x)) + " lowest=" + Long.toHexString(Long.lowestOneBit(x))
                    + " rotl13=" + Long.toHexString(Long.rotateLeft(x, 13)) + " rotr13="
                    + Long.toHexString(Long.rotateRight(x, 13)) + " signum=" + Long.signum(x));
            for (long y : new long[] { 0L, -1L, 0x0F0F0F0F0F0F0F0FL, 0xFFFFFFFFL }) {
                System.out.println("  & " + (x & y) + " | " + (x | y) + " ^ " + (x ^ y) + " &~ " + (x & ~y));
            }
        }
        short sh = (short) 0xABCD;
        char ch = (char) 0xABCD;
        System.out.println("Short.reverseBytes=" + Short.reverseBytes(sh) + " Character.reverseBytes="
                + (int) Character.reverseBytes(ch) + " Integer.compress? n/a");
        boolean t = true, f = false;
        System.out.println("bool ops: " + (t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + (!t));
        int flags = 0;
        for (int i = 0; i < 32; i += 3) flags |= 1 << i;
        System.out.println("flags=" + Integer.toBinaryString(flags) + " cleared=" + Integer.toBinaryString(flags & ~(1 << 9)));
        // population count by hand vs builtin
        for (int x : is) {
            int n = 0;
            for (int v = x; v != 0; v &= v - 1) n++;
            System.out.print(n == Integer.bitCount(x) ? "." : "X");
        }
        System.out.println();
        System.out.println("toBinaryString/Octal: " + Integer.toBinaryString(-8) + " " + Integer.toOctalString(-8) + " "
                + Long.toOctalString(-8L) + " " + Long.toBinaryString(5L));
    }
}
