public class ParseFloats {
    public static void main(String[] args) {
        String[] ss = { "0", "-0", "1", "-1.5", "3.14159", "1e10", "1E-10", "1.7976931348623157E308", "1.8e308", "4.9e-324",
                "2.4e-324", "2.5e-324", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "  12.5  ", "1d", "2f", "3.5D", ".5", "5.", "1_0", "", "abc", "1e", "e5", "0.1", "0.30000000000000004",
                "123456789012345678901234567890", "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993",
                "1.00000000000000011102230246251565404236316680908203125", "1..2", "infinity", "1e400", "-1e-400" };
        for (String s : ss) {
            String d, f;
            try {
                double v = Double.parseDouble(s);
                d = v + " [" + Long.toHexString(Double.doubleToRawLongBits(v)) + "]";
            } catch (NumberFormatException e) {
                d = e.toString();
            }
            try {
                float v = Float.parseFloat(s);
                f = v + " [" + Integer.toHexString(Float.floatToRawIntBits(v)) + "]";
            } catch (NumberFormatException e) {
                f = e.toString();
            }
            System.out.println("\"" + s + "\": double " + d + " | float " + f);
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) -> NullPointerException");
        }
        // round trips
        double[] ds = { 0.1, 1.0 / 3, Math.PI, 1e-300, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE };
        for (double v : ds) {
            String s = Double.toString(v);
            System.out.println(s + " roundtrip " + (Double.parseDouble(s) == v));
        }
        float[] fs = { 0.1f, 1f / 3, (float) Math.PI, 1e-40f, 123456.79f };
        for (float v : fs) {
            String s = Float.toString(v);
            System.out.println(s + " roundtrip " + (Float.parseFloat(s) == v) + " valueOf " + Float.valueOf(s));
        }
        System.out.println("Double.valueOf(\"2.5\").intValue() = " + Double.valueOf("2.5").intValue() + ", Float.valueOf(\"1e3\") = "
                + Float.valueOf("1e3"));
    }
}
