// Small methods that only compute from their arguments, which translated callers call as frameless JS
// functions: every value kind in and out (int, long, float, double, boolean, char, references passed
// through), branches and switches inside, static fields read live (they change between calls), a class
// whose static initializer must still run at the first call, and instance methods reached by
// invokespecial and final dispatch; leaves calling leaves (int and long results), one calling into a class
// initialized only later, and a small recursive method (never a leaf). Called hot so the callers are
// translated.
public class LeafMethods {
    static int counter = 1;

    static final class Lazy {
        static {
            System.out.println("Lazy initialized");
        }

        static int twice(int x) {
            return x + x;
        }
    }

    static int mix(int a, int b) {
        return (a * 31) ^ (b >>> 3) ^ (a << 7);
    }

    static long mixLong(long a, int b) {
        return (a * 0x9E3779B97F4A7C15L) ^ ((long) b << 17) ^ (a >>> 29);
    }

    static double area(double w, double h) {
        return w * h * 0.5 + (w > h ? w : h);
    }

    static float scale(float f, int k) {
        return f * k / 3.0f;
    }

    static boolean inRange(int x, int lo, int hi) {
        return x >= lo && x < hi;
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static int kind(int x) {
        switch (x & 7) {
            case 0:
                return 10;
            case 1:
            case 2:
                return 20;
            case 5:
                return 50;
            default:
                return -1;
        }
    }

    static int withCounter(int x) {
        return x + counter;
    }

    static Object pick(boolean first, Object a, Object b) {
        return first ? a : b;
    }

    static long unsignedCompareLike(long a, long b) {
        return Long.compare(a + Long.MIN_VALUE, b + Long.MIN_VALUE);
    }

    static final class LazyToo {
        static {
            System.out.println("LazyToo initialized");
        }

        static int thrice(int x) {
            return x * 3;
        }
    }

    static int mixTwice(int a, int b) {
        return mix(mix(a, b), b) + kind(a);
    }

    static long mixChain(long a, int b) {
        return mixLong(a, b) ^ unsignedCompareLike(a, b) ^ mix(b, 5);
    }

    static int lazyThrice(int x) {
        return LazyToo.thrice(x) + 1;
    }

    static int fact(int n) {
        return n <= 1 ? 1 : n * fact(n - 1);
    }

    private int offset(int x) {
        return x - 3;
    }

    final double half(double d) {
        return d / 2;
    }

    public static void main(String[] args) {
        LeafMethods self = new LeafMethods();
        long sum = 0;
        double dsum = 0;
        StringBuilder chars = new StringBuilder();
        Object o1 = "one", o2 = "two";
        for (int i = 0; i < 30000; i++) {
            sum += mix(i, i * 7);
            sum ^= mixLong(sum, i);
            dsum += area(i * 0.25, 100 - i % 50);
            dsum += scale(i * 1.5f, i % 9);
            if (inRange(i % 100, 20, 40)) sum += 3;
            sum += kind(i);
            sum += withCounter(i);
            if (i % 1000 == 0) counter++;
            if (pick((i & 1) == 0, o1, o2) == o1) sum += 1;
            sum += unsignedCompareLike(i, -i);
            sum += self.offset(i);
            dsum += self.half(i);
            if (i % 5000 == 0) chars.append(upper((char) ('a' + i % 26))).append(upper('#'));
            if (i == 20000) sum += Lazy.twice(i);
            sum += mixTwice(i, i >> 2);
            sum ^= mixChain(sum, i);
            sum += fact(i % 13);
            if (i >= 25000) sum += lazyThrice(i);
        }
        System.out.println("sum " + sum + " dsum " + dsum + " chars " + chars + " counter " + counter);
        System.out.println(mix(Integer.MIN_VALUE, -1) + " " + mixLong(Long.MIN_VALUE, -1) + " " + area(-0.0, -0.0)
                + " " + scale(Float.NaN, 2) + " " + kind(-3) + " " + upper('z'));
    }
}
