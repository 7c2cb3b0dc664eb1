// Locals of every kind carried into a loop that the tiered VM moves to translated code while it runs
// (on-stack replacement): the values the interpreter held must arrive unchanged, including the doubles
// and floats whose identity is easy to lose (-0.0, NaN, infinities, subnormals), ints at the extremes and
// long halves with the sign bit set.
public class OsrEntryValues {
    static double sink;

    static String run(int n) {
        double negZero = -0.0, nan = Double.NaN, inf = Double.POSITIVE_INFINITY, tiny = Double.MIN_VALUE;
        float fNegZero = -0.0f, fNan = Float.NaN, fTiny = Float.MIN_VALUE;
        int imin = Integer.MIN_VALUE, imax = Integer.MAX_VALUE;
        long lmin = Long.MIN_VALUE, lmix = 0x80000000_7fffffffL;
        double acc = 0;
        long lacc = 0;
        int iacc = 0;
        for (int i = 0; i < n; i++) {
            // Every iteration uses every local, so each is live at the loop header.
            acc += (1 / negZero < 0 ? 1 : 0) + (nan != nan ? 1 : 0) + (inf > 1e308 ? 1 : 0) + (tiny > 0 ? 1 : 0);
            acc += (1 / fNegZero < 0 ? 1 : 0) + (fNan != fNan ? 1 : 0) + (fTiny > 0 ? 1 : 0);
            iacc += (imin >>> 31) + (imax & 1);
            lacc += (lmin >>> 63) + (lmix >>> 31 & 1) + (lmix & 0xff);
            sink = acc;
        }
        return acc + " " + lacc + " " + iacc + " " + (1 / negZero) + " " + nan + " " + inf + " " + tiny + " "
                + (1 / fNegZero) + " " + fNan + " " + fTiny + " " + imin + " " + imax + " " + lmin + " " + lmix;
    }

    static String floats(int n) {
        // A double loop of Mandelbrot's shape: unboxed doubles from the first translated iteration on.
        double zr = 0, zi = 0, cr = -0.75, ci = 0.1;
        int escaped = 0;
        for (int i = 0; i < n; i++) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            if (zr * zr + zi * zi > 4 || zr != zr) {
                escaped++;
                zr = 0;
                zi = 0;
            }
        }
        return zr + " " + zi + " " + escaped;
    }

    public static void main(String[] args) {
        System.out.println(run(10));
        System.out.println(run(50_000));
        System.out.println(floats(100));
        System.out.println(floats(200_000));
    }
}
