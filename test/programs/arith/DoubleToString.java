public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0, 100.0, 1000.0,
                1234567.0, 9999999.0, 10000000.0, 12345678.9, 1e7, 1e-3, 0.001, 0.0001, 1e-4, 123e-7, 1e21, 1e22,
                1e23, 1.0E100, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308, Math.PI, Math.E,
                Math.sqrt(2), 100.5, 0.5, 0.25, 0.125, 3.0e-5, 5e-324, 1.5e300, -123.456, 9007199254740993.0,
                2e-323, 1.0e-322, 123456789012345680.0, 0.30000000000000004, 2.0 / 7, 1.1, 2.675, 1.005,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.longBitsToDouble(1L),
                Double.longBitsToDouble(0x000fffffffffffffL), Double.longBitsToDouble(0x3ff0000000000001L) };
        for (double d : ds) {
            System.out.println(Long.toHexString(Double.doubleToRawLongBits(d)) + " -> " + d + " | "
                    + Double.toString(d) + " | " + String.valueOf(d));
        }
        // powers of ten and two, scaled
        double p = 1;
        for (int i = 0; i < 25; i++) {
            System.out.println("10^" + i + " = " + p + ", 10^-" + i + " = " + (1 / p));
            p *= 10;
        }
        double t = 1;
        for (int i = 0; i < 70; i += 3) {
            System.out.println("2^" + i + " = " + t * (1L << i) / t + ", 2^-" + i + " = " + (1.0 / (1L << i)));
        }
        for (int i = 1; i <= 30; i++) {
            System.out.println(i + "/7 = " + (i / 7.0) + ", " + i + "*0.1 = " + (i * 0.1) + ", sqrt = " + Math.sqrt(i));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(1.5).append(' ').append(-0.0).append(' ').append(1e-10).append(' ').append((Object) 2.5);
        System.out.println("sb: " + sb);
        System.out.println("boxed: " + Double.valueOf(7.25) + " " + ((Object) 1e40).toString());
    }
}
