/**
 * 64-bit integer arithmetic: a PCG-style LCG, the murmur3 fmix64 finalizer, xorshift64*,
 * FNV-1a over the bytes of longs, rotates, bit counts, signed and unsigned division/remainder,
 * Math.multiplyHigh and widening int -> long conversions.
 * Measures: long multiply/shift/xor/compare (expensive when longs are emulated), ladd/lmul/ldiv.
 * args[0] = number of iterations (work is linear in it).
 */
public class LongMath {
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    static long xorshiftStar(long x) {
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        return x * 0x2545F4914F6CDD1DL;
    }

    static long fnv1a(long h, long v) {
        for (int i = 0; i < 8; i++) {
            h ^= (v >>> (i * 8)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Unsigned division (Hacker's Delight 9-3), independent of the class library's version. */
    static long udiv(long n, long d) {
        if (d < 0) {
            return Long.compareUnsigned(n, d) < 0 ? 0 : 1;
        }
        long q = ((n >>> 1) / d) << 1;
        long r = n - q * d;
        return q + (Long.compareUnsigned(r, d) >= 0 ? 1 : 0);
    }

    static long urem(long n, long d) {
        return n - udiv(n, d) * d;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30000000;
        long lcg = 0x853c49e6748fea9bL;
        long xs = 88172645463325252L;
        long fnv = 0xcbf29ce484222325L;
        long acc = 0;
        long divAcc = 1;
        int bits = 0;
        for (int i = 0; i < iterations; i++) {
            lcg = lcg * 6364136223846793005L + 1442695040888963407L;
            long m = fmix64(lcg ^ i);
            xs = xorshiftStar(xs);
            acc += m ^ Long.rotateLeft(xs, i & 63);
            acc ^= Math.multiplyHigh(m, xs);
            if ((i & 7) == 0) {
                fnv = fnv1a(fnv, acc);
            }
            long d = (xs >>> 40) | 1;
            divAcc += (m / d) ^ (m % d);
            divAcc ^= urem(m, d | 0x100000000L) + udiv(lcg, d) + udiv(xs, m | 1);
            bits += Long.bitCount(m) + Long.numberOfTrailingZeros(xs | Long.MIN_VALUE);
            if (Long.compareUnsigned(m, xs) < 0) {
                acc += (long) i * (int) m;
            } else {
                acc -= (i >> 3) + (m >> 50);
            }
        }
        System.out.println("lcg " + Long.toHexString(lcg) + " xs " + Long.toHexString(xs));
        System.out.println("fnv " + Long.toUnsignedString(fnv) + " div " + divAcc + " bits " + bits);
        System.out.println("iterations " + iterations + " checksum " + Long.toHexString(acc ^ fnv ^ divAcc));
    }
}
