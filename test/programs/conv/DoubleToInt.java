public class DoubleToInt {
    static int d2i(double d) { return (int) d; }
    static long d2l(double d) { return (long) d; }
    static float d2f(double d) { return (float) d; }

    static String fb(float f) {
        return f + "[" + Integer.toHexString(Float.floatToRawIntBits(f)) + "]";
    }

    public static void main(String[] args) {
        double[] vals = { 0.0, -0.0, 0.1, 0.5, 0.9999999999, -0.5, -0.9999999999, 1.5, -1.5, 2147483647.0, 2147483647.9,
                2147483648.0, -2147483648.0, -2147483648.9, -2147483649.0, 4294967296.0, 1e10, -1e10,
                9.223372036854775807E18, 9.223372036854776E18, -9.223372036854775808E18, -9.3E18, 1e19, 1e300, -1e300,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4503599627370496.5, 9007199254740993.0,
                3.4028235677973366E38, 3.4028236E38, 3.402823567797337E38, 1e-45, 1.4e-45, 7e-46, 7.006e-46, 1.1754942E-38,
                0.1 + 0.2, 16777217.0, 16777219.0, 33554435.0, -16777217.0, 1.00000017881393432617187499,
                1.000000178813934326171875, 1.00000017881393432617187501 };
        for (double d : vals) {
            System.out.println(d + ": d2i=" + d2i(d) + " d2l=" + d2l(d) + " d2f=" + fb(d2f(d)) + " (byte)=" + (byte) d
                    + " (short)=" + (short) d + " (char)=" + (int) (char) d);
        }
        // truncation toward zero for a range of values
        for (double d = -5.0; d <= 5.0; d += 0.625) {
            System.out.print(d2i(d) + "/" + d2l(d) + " ");
        }
        System.out.println();
        // float rounding of doubles: round half even at float precision
        double base = 1.0;
        double ulpF = Math.ulp(1.0f);
        for (int k = 0; k <= 8; k++) {
            double v = base + ulpF * k / 4;
            System.out.println("1 + " + k + "/4 ulp(float) -> " + fb(d2f(v)));
        }
    }
}
