// Hexadecimal floating-point strings (parsed by the class library with a regular expression) and
// Double/Float.toHexString.
public class ParseHexFloats {
    public static void main(String[] args) {
        String[] ss = { "0x1p3", "0x1.8p-1", "-0x1.fffffffffffffp1023", "0x1.0p-1074", "0x0.0000000000001p-1022", "0x1p-1075",
                "0X1P+10", "0x.8p1", "0x1.p0", "0xAp0", "0x1.fffffep127f", "0x1.fffffe8p127", "0x", "0x1", "0x1.0q2", "0x1p2d" };
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
        double[] ds = { 0.1, 1.0 / 3, Math.PI, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 1.0, 0.5 };
        for (double v : ds) {
            String h = Double.toHexString(v);
            System.out.println(v + " -> " + h + " -> back equal " + (Double.parseDouble(h) == v));
        }
        float[] fs = { 0.1f, Float.MIN_VALUE, Float.MAX_VALUE, 3f };
        for (float v : fs) {
            String h = Float.toHexString(v);
            System.out.println(v + "f -> " + h + " -> back equal " + (Float.parseFloat(h) == v));
        }
    }
}
