/**
 * Long addition, subtraction, multiplication, comparison and shifts by constant counts, which translated
 * code computes inline on (lo, hi) int pairs: carries and borrows across the halves, the high word of the
 * low words' unsigned product, unsigned low-half comparisons, and every kind of count (0, below 32, 32,
 * above 32, 63, and counts that Java masks: 64, 65, -1, sipush).
 */
public class LongInline {
    static final long[] VALUES = {
        0L, 1L, -1L, 2L, 0xffffffffL, 0x100000000L, 0x7fffffffL, 0x80000000L, -0x80000000L,
        Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdef0L, 0xfedcba9876543210L, 0xffffffff00000000L,
        0x00000000ffffffffL, 12345678901234L, -98765432109876L
    };

    static long mix(long a, long b) {
        long h = a + b;
        h ^= a - b;
        h += (a << 1) ^ (b >> 1) ^ (a >>> 1);
        h += (a << 7) + (b >> 13) + (a >>> 29);
        h ^= (a << 31) ^ (b >> 31) ^ (a >>> 31);
        h += (a << 32) - (b >> 32) + (a >>> 32);
        h ^= (a << 33) + (b >> 33) - (a >>> 33);
        h += (a << 63) ^ (b >> 63) ^ (a >>> 63);
        h ^= (a << 0) + (b >> 0) + (a >>> 0);
        h += (a << 64) ^ (b >> 65) ^ (a >>> -1);
        h ^= (a << 200) + (b >> 300) + (a >>> 1000);
        h += -a;
        return h;
    }

    static long multiply(long a, long b) {
        long h = a * b;
        h ^= a * 0x9E3779B97F4A7C15L;
        h += b * -1L;
        h ^= (a * a) * (b * 3);
        h += (a | 0xffffL) * (b & 0xffffffffL);
        h ^= (a >>> 32) * (b >>> 32);
        return h;
    }

    static int compare(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r * 3 + Long.compare(a, b);
    }

    public static void main(String[] args) {
        long total = 0;
        int cmp = 0;
        for (int round = 0; round < 300; round++) {
            for (long a : VALUES) {
                for (long b : VALUES) {
                    total = total * 31 + mix(a, b) + multiply(a, b);
                    cmp = cmp * 7 + compare(a, b);
                }
            }
            if (round == 0) System.out.println("first " + total + " " + cmp);
        }
        System.out.println("total " + total + " " + cmp);
        for (long a : VALUES) {
            System.out.println(a + " " + mix(a, a) + " " + mix(a, ~a) + " " + compare(a, a + 1) + " " + compare(a, a - 1));
            for (long b : VALUES) System.out.println("  * " + b + " = " + a * b + " " + multiply(a, b));
        }
    }
}
