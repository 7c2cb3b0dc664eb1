public class DoubleArith {
    static double add(double a, double b) { return a + b; }
    static double sub(double a, double b) { return a - b; }
    static double mul(double a, double b) { return a * b; }
    static double div(double a, double b) { return a / b; }
    static double rem(double a, double b) { return a % b; }

    static String bits(double d) {
        return d + "[" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]";
    }

    public static void main(String[] args) {
        double[] vals = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 2.5, -7.0, 1e300, 1e-300, 9007199254740992.0,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, Math.PI, Math.E };
        for (double a : vals) {
            for (double b : vals) {
                System.out.println(bits(a) + " op " + bits(b) + ": + " + bits(add(a, b)) + " - " + bits(sub(a, b))
                        + " * " + bits(mul(a, b)) + " / " + bits(div(a, b)) + " % " + bits(rem(a, b)));
            }
        }
        System.out.println("0.1 + 0.2 = " + (0.1 + 0.2) + " == 0.3? " + (0.1 + 0.2 == 0.3));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
        System.out.println("harmonic(1000) = " + bits(sum));
        double prod = 1;
        for (int i = 0; i < 1100; i++) prod *= 2;
        System.out.println("2^1100 = " + prod);
        double small = 1;
        for (int i = 0; i < 1080; i++) small /= 2;
        System.out.println("2^-1080 = " + bits(small) + ", 2^-1074 check: " + (Double.MIN_VALUE == small * 64));
        System.out.println("-0.0 + 0.0 = " + (-0.0 + 0.0) + ", -0.0 - 0.0 = " + (-0.0 - 0.0) + ", -0.0 * -1 = "
                + (-0.0 * -1) + ", 1 / -0.0 = " + (1 / -0.0));
        System.out.println("remainders: " + (5.5 % 2) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " " + (1e300 % 3)
                + " " + (3 % 1e300) + " " + (Double.MAX_VALUE % Double.MIN_VALUE) + " " + (7.0 % Double.POSITIVE_INFINITY));
        System.out.println("IEEEremainder: " + Math.IEEEremainder(5.5, 2) + " " + Math.IEEEremainder(-5.5, 2) + " "
                + Math.IEEEremainder(7, 2) + " " + Math.IEEEremainder(5, 2));
        double[] rs = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, -0.0, 1e300,
                Double.NaN, Double.POSITIVE_INFINITY };
        for (double r : rs) {
            System.out.println("r=" + r + " floor=" + Math.floor(r) + " ceil=" + Math.ceil(r) + " rint=" + Math.rint(r)
                    + " round=" + Math.round(r) + " sqrt=" + bits(Math.sqrt(r)) + " abs=" + Math.abs(r));
        }
        System.out.println("ulp: " + Math.ulp(1.0) + " " + Math.ulp(1e300) + " " + Math.ulp(0.0) + " nextUp: "
                + Math.nextUp(1.0) + " " + Math.nextUp(-0.0) + " nextDown: " + Math.nextDown(Double.MIN_VALUE));
        System.out.println("getExponent: " + Math.getExponent(1.0) + " " + Math.getExponent(0.0) + " "
                + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(Double.NaN) + " scalb: "
                + Math.scalb(1.0, 1023) + " " + Math.scalb(1.0, 1024) + " " + Math.scalb(1.0, -1074));
        System.out.println("fma: " + bits(Math.fma(0.1, 10, -1)) + " vs " + bits(0.1 * 10 - 1) + " "
                + bits(Math.fma(Double.MAX_VALUE, 2, -Double.MAX_VALUE)));
        System.out.println("max/min: " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(1, Double.NaN)
                + " " + Math.min(Double.NaN, 1) + " " + Math.max(3, 7.5));
    }
}
