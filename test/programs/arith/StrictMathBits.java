public class StrictMathBits {
    static void p(String name, double x, double r) {
        System.out.println(name + "(" + x + ") = " + r + " [" + Long.toHexString(Double.doubleToRawLongBits(r)) + "]");
    }

    static void p2(String name, double x, double y, double r) {
        System.out.println(name + "(" + x + ", " + y + ") = " + r + " [" + Long.toHexString(Double.doubleToRawLongBits(r))
                + "]");
    }

    public static void main(String[] args) {
        double[] xs = { 0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 0.1, 1e-10, 10.0, 100.0, 700.0, 710.0, -745.0,
                1e300, Math.PI, Math.PI / 2, Math.PI / 4, Math.E, 1e22, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (double x : xs) {
            p("sin", x, StrictMath.sin(x));
            p("cos", x, StrictMath.cos(x));
            p("tan", x, StrictMath.tan(x));
            p("asin", x, StrictMath.asin(x));
            p("acos", x, StrictMath.acos(x));
            p("atan", x, StrictMath.atan(x));
            p("exp", x, StrictMath.exp(x));
            p("expm1", x, StrictMath.expm1(x));
            p("log", x, StrictMath.log(x));
            p("log10", x, StrictMath.log10(x));
            p("log1p", x, StrictMath.log1p(x));
            p("sqrt", x, StrictMath.sqrt(x));
            p("cbrt", x, StrictMath.cbrt(x));
            p("sinh", x, StrictMath.sinh(x));
            p("cosh", x, StrictMath.cosh(x));
            p("tanh", x, StrictMath.tanh(x));
        }
        double[] ys = { 0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.0, -3.0, 0.1, 10.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY };
        for (double x : ys) {
            for (double y : ys) {
                p2("pow", x, y, StrictMath.pow(x, y));
                p2("atan2", x, y, StrictMath.atan2(x, y));
                p2("hypot", x, y, StrictMath.hypot(x, y));
                p2("IEEEremainder", x, y, StrictMath.IEEEremainder(x, y));
            }
        }
        System.out.println("toDegrees(PI)=" + StrictMath.toDegrees(Math.PI) + " toRadians(180)=" + StrictMath.toRadians(180));
    }
}
