public class NaNCompare {
    static String cmp(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "") + " cmp=" + Double.compare(a, b) + " eq="
                + Double.valueOf(a).equals(b);
    }

    static String cmpf(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "") + " cmp=" + Float.compare(a, b) + " eq="
                + Float.valueOf(a).equals(b);
    }

    // loops whose conditions compile to dcmpg/dcmpl and branch in both directions
    static int countWhileLess(double x, double limit) {
        int n = 0;
        while (x < limit && n < 5) { x += 1; n++; }
        return n;
    }

    static int countWhileNotGreater(double x, double limit) {
        int n = 0;
        while (!(x > limit) && n < 5) { x += 1; n++; }
        return n;
    }

    public static void main(String[] args) {
        double[] ds = { Double.NaN, 0.0, -0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE };
        for (double a : ds) {
            for (double b : ds) {
                System.out.println(a + " vs " + b + ": " + cmp(a, b));
            }
        }
        float[] fs = { Float.NaN, 0f, -0f, 1f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY };
        for (float a : fs) {
            for (float b : fs) {
                System.out.println(a + "f vs " + b + "f: " + cmpf(a, b));
            }
        }
        double nan = Double.NaN;
        System.out.println("NaN loops: " + countWhileLess(nan, 3) + " " + countWhileNotGreater(nan, 3) + " "
                + countWhileLess(0, 3) + " " + countWhileNotGreater(0, 3));
        System.out.println("isNaN " + Double.isNaN(0.0 / 0.0) + " " + Float.isNaN(0f / 0f) + " " + Double.isNaN(1 / 0.0)
                + " isInfinite " + Double.isInfinite(-1 / 0.0) + " isFinite " + Double.isFinite(Double.MAX_VALUE));
        // different NaN bit patterns: doubleToLongBits canonicalizes, raw may not
        double otherNaN = Double.longBitsToDouble(0x7ff8000000000123L);
        System.out.println("other NaN: " + Double.isNaN(otherNaN) + " " + Long.toHexString(Double.doubleToLongBits(otherNaN))
                + " " + Long.toHexString(Double.doubleToRawLongBits(otherNaN)) + " equals NaN: "
                + Double.valueOf(otherNaN).equals(Double.NaN));
        float otherNaNf = Float.intBitsToFloat(0x7fc00055);
        System.out.println("other NaNf: " + Integer.toHexString(Float.floatToIntBits(otherNaNf)) + " "
                + Integer.toHexString(Float.floatToRawIntBits(otherNaNf)));
        // -0.0 vs 0.0
        System.out.println("-0.0 == 0.0: " + (-0.0 == 0.0) + " equals: " + Double.valueOf(-0.0).equals(0.0)
                + " hashCodes: " + Double.hashCode(-0.0) + " " + Double.hashCode(0.0) + " 1/-0.0 = " + (1 / -0.0)
                + " compare: " + Double.compare(-0.0, 0.0) + " min: " + Math.min(0.0, -0.0));
        Double[] boxed = { 3.0, Double.NaN, -0.0, 0.0, -1.0, Double.NEGATIVE_INFINITY };
        java.util.Arrays.sort(boxed);
        System.out.println("sorted boxed: " + java.util.Arrays.toString(boxed));
        double[] prim = { 3.0, Double.NaN, -0.0, 0.0, -1.0, Double.NEGATIVE_INFINITY, Double.NaN, 0.0 };
        java.util.Arrays.sort(prim);
        System.out.println("sorted prim: " + java.util.Arrays.toString(prim));
        // ternary / conditional with NaN
        System.out.println("NaN > 0 ? " + (nan > 0 ? "yes" : "no") + ", NaN < 0 ? " + (nan < 0 ? "yes" : "no")
                + ", !(NaN >= 0) ? " + (!(nan >= 0) ? "yes" : "no"));
    }
}
