// Math.* may use platform intrinsics (allowed 1 ulp of error), so transcendental results are compared with
// StrictMath within a tolerance; exactly specified functions are printed bit for bit.
public class MathFunctions {
    static String close(double m, double s) {
        if (Double.isNaN(m) || Double.isNaN(s)) return Double.isNaN(m) == Double.isNaN(s) ? "ok(NaN)" : "MISMATCH";
        if (m == s) return "ok";
        return Math.abs(m - s) <= 2 * Math.ulp(s) ? "ok" : "MISMATCH " + m + " vs " + s;
    }

    // rounded to 9 decimals, so a last-bit difference of an intrinsic does not show
    static double r9(double d) {
        return Math.rint(d * 1e9) / 1e9;
    }

    public static void main(String[] args) {
        double[] xs = { 0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 0.001, Math.PI / 3, 100.0, -50.5, Double.NaN };
        for (double x : xs) {
            System.out.println("x=" + x + " sin " + close(Math.sin(x), StrictMath.sin(x)) + " cos "
                    + close(Math.cos(x), StrictMath.cos(x)) + " tan " + close(Math.tan(x), StrictMath.tan(x)) + " exp "
                    + close(Math.exp(x), StrictMath.exp(x)) + " log " + close(Math.log(x), StrictMath.log(x)) + " log10 "
                    + close(Math.log10(x), StrictMath.log10(x)) + " atan " + close(Math.atan(x), StrictMath.atan(x))
                    + " cbrt " + close(Math.cbrt(x), StrictMath.cbrt(x)) + " pow(x,1.5) "
                    + close(Math.pow(x, 1.5), StrictMath.pow(x, 1.5)) + " atan2(x,2) "
                    + close(Math.atan2(x, 2), StrictMath.atan2(x, 2)) + " hypot(x,3) "
                    + close(Math.hypot(x, 3), StrictMath.hypot(x, 3)));
            System.out.println("  " + r9(Math.sin(x)) + " " + r9(Math.cos(x)) + " " + r9(Math.exp(x / 10)) + " "
                    + r9(Math.sqrt(Math.abs(x))));
        }
        // exact special cases
        System.out.println("sin(0)=" + Math.sin(0.0) + " sin(-0)=" + Math.sin(-0.0) + " cos(0)=" + Math.cos(0.0) + " exp(0)="
                + Math.exp(0) + " log(1)=" + Math.log(1) + " log(0)=" + Math.log(0) + " log(-1)=" + Math.log(-1)
                + " log10(1000)=" + Math.log10(1000) + " exp(-inf)=" + Math.exp(Double.NEGATIVE_INFINITY));
        System.out.println("pow: " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-2, 3) + " " + Math.pow(0, 0)
                + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(-8, 1.0 / 3) + " "
                + Math.pow(10, 15) + " " + Math.pow(-0.0, -1) + " " + Math.pow(2, 1023) + " " + Math.pow(2, 1024) + " "
                + Math.pow(3, 40));
        System.out.println("sqrt: " + Math.sqrt(2) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(-1) + " " + Math.sqrt(1e-320)
                + " " + Math.sqrt(Double.MAX_VALUE) + " cbrt(27)=" + Math.cbrt(27) + " cbrt(-8)=" + Math.cbrt(-8));
        System.out.println("abs: " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " "
                + Math.abs(-2.5f) + " " + Math.abs(-0.0));
        System.out.println("max/min int: " + Math.max(3, -7) + " " + Math.min(3, -7) + " " + Math.max(5L, 9L) + " "
                + Math.min(-0f, 0f) + " " + Math.max(Float.NaN, 1f));
        System.out.println("signum: " + Math.signum(-3.5) + " " + Math.signum(0.0) + " " + Math.signum(-0.0) + " "
                + Math.signum(Double.NaN) + " " + Integer.signum(-9) + " " + Long.signum(9L));
        System.out.println("toDegrees/toRadians: " + Math.toDegrees(1) + " " + Math.toRadians(90));
        System.out.println("floorDiv/Mod: " + Math.floorDiv(-1, 3) + " " + Math.floorMod(-1, 3) + " " + Math.floorMod(1, -3));
        System.out.println("constants: " + Math.PI + " " + Math.E + " " + StrictMath.PI);
    }
}
