public class LongArith {
    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        long[] vals = { 0L, 1L, -1L, 2L, -3L, 10L, 0xFFFFFFFFL, 0x100000000L, -0x100000000L, 0x7FFFFFFFL,
                0x80000000L, 4294967297L, 1234567890123L, -987654321987L, 0x123456789ABCDEFL,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 3037000499L,
                3037000500L, 0x5555555555555555L, 0xAAAAAAAAAAAAAAAAL };
        for (long a : vals) {
            System.out.println("a=" + a + " neg=" + (-a) + " not=" + (~a) + " abs=" + Math.abs(a) + " hex="
                    + Long.toHexString(a));
            for (long b : vals) {
                String line = a + "," + b + ": + " + add(a, b) + " - " + sub(a, b) + " * " + mul(a, b);
                if (b != 0) line += " / " + div(a, b) + " % " + rem(a, b);
                System.out.println(line);
            }
        }
        System.out.println("MIN / -1 = " + div(Long.MIN_VALUE, -1L));
        System.out.println("MIN % -1 = " + rem(Long.MIN_VALUE, -1L));
        try {
            div(42L, 0L);
        } catch (ArithmeticException e) {
            System.out.println("ldiv by zero: " + e.getMessage());
        }
        try {
            rem(42L, 0L);
        } catch (ArithmeticException e) {
            System.out.println("lrem by zero: " + e.getMessage());
        }
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! = " + f);
        }
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 100; i++) {
            long t = fib1 + fib2;
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println("fib(100) mod 2^64 = " + fib1);
        // comparisons (lcmp)
        for (long a : new long[] { Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 0xFFFFFFFFL }) {
            for (long b : new long[] { Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 0xFFFFFFFFL }) {
                System.out.print((a < b ? "<" : a == b ? "=" : ">") + Long.compare(a, b) + " ");
            }
            System.out.println();
        }
        System.out.println("floorDiv/floorMod: " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " "
                + Math.floorDiv(Long.MIN_VALUE, -1L) + " " + Math.floorMod(7L, -3L) + " " + Math.floorMod(-7L, 3));
        System.out.println("multiplyHigh: " + Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " "
                + Math.multiplyHigh(Long.MIN_VALUE, 3L) + " " + Math.multiplyHigh(-1L, -1L));
        long acc = 0x0123456789ABCDEFL;
        for (int i = 0; i < 20; i++) {
            acc = acc * 6364136223846793005L + 1442695040888963407L;
            System.out.println("lcg " + i + ": " + acc + " " + Long.toHexString(acc));
        }
    }
}
