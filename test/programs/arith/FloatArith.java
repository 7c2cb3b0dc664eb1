public class FloatArith {
    static float add(float a, float b) { return a + b; }
    static float sub(float a, float b) { return a - b; }
    static float mul(float a, float b) { return a * b; }
    static float div(float a, float b) { return a / b; }
    static float rem(float a, float b) { return a % b; }

    static String bits(float f) {
        return f + "[" + Integer.toHexString(Float.floatToRawIntBits(f)) + "]";
    }

    public static void main(String[] args) {
        float[] vals = { 0f, -0f, 1f, -1f, 0.1f, 0.2f, 1.5f, -2.5f, 3f, 1e10f, 1e-10f, 16777216f, 16777217f,
                Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.NaN, 1f / 3f };
        for (float a : vals) {
            for (float b : vals) {
                System.out.println(bits(a) + " op " + bits(b) + ": + " + bits(add(a, b)) + " - " + bits(sub(a, b))
                        + " * " + bits(mul(a, b)) + " / " + bits(div(a, b)) + " % " + bits(rem(a, b)));
            }
        }
        // float rounding: results must be rounded to float after each operation
        float s = 0f;
        for (int i = 0; i < 1000; i++) s += 0.1f;
        System.out.println("sum 0.1f x1000 = " + bits(s));
        float big = 16777216f;
        System.out.println("2^24 + 1 = " + bits(big + 1f) + ", 2^24 + 2 = " + bits(big + 2f) + ", 2^24 + 3 = "
                + bits(big + 3f));
        float p = 1.1f;
        float q = p * p * p * p * p;
        System.out.println("1.1f^5 = " + bits(q) + " vs double " + (1.1 * 1.1 * 1.1 * 1.1 * 1.1));
        float third = 1f / 3f;
        double dthird = third;
        System.out.println("1/3f widened = " + dthird + " times 3 = " + bits(third * 3f));
        // overflow and underflow
        System.out.println(bits(Float.MAX_VALUE * 2f) + " " + bits(Float.MIN_VALUE / 2f) + " " + bits(-Float.MIN_VALUE / 2f)
                + " " + bits(Float.MIN_VALUE * 0.75f) + " " + bits(Float.MIN_NORMAL / 3f));
        // neg
        float z = 0f;
        System.out.println("neg zero: " + bits(-z) + " 0-0 = " + bits(z - z) + " -0-0 = " + bits(-z - z));
        // compound ops on float fields / arrays
        float[] arr = { 1f, 2f, 3f };
        arr[1] *= 1.5f;
        arr[2] /= 0f;
        System.out.println(bits(arr[0]) + " " + bits(arr[1]) + " " + bits(arr[2]));
        // int to float in mixed expressions
        int i = 16777217;
        float fi = i;
        System.out.println("16777217 as float = " + bits(fi) + " i + 0.5f = " + bits(i + 0.5f));
        System.out.println("Math.round(2.5f)=" + Math.round(2.5f) + " round(-2.5f)=" + Math.round(-2.5f) + " round(0.49999997f)="
                + Math.round(0.49999997f) + " round(NaN)=" + Math.round(Float.NaN) + " round(1e20f)=" + Math.round(1e20f));
        System.out.println("ulp(1f)=" + bits(Math.ulp(1f)) + " nextUp(1f)=" + bits(Math.nextUp(1f)) + " nextDown(0f)="
                + bits(Math.nextDown(0f)) + " nextAfter(1f,0)=" + bits(Math.nextAfter(1f, 0.0)));
        System.out.println("abs(-0f)=" + bits(Math.abs(-0f)) + " copySign=" + bits(Math.copySign(3f, -0f)) + " signum="
                + bits(Math.signum(-5f)) + " scalb=" + bits(Math.scalb(1.5f, 10)) + " getExponent=" + Math.getExponent(1000f));
        System.out.println("fma(0.1f,10f,-1f)=" + bits(Math.fma(0.1f, 10f, -1f)) + " plain=" + bits(0.1f * 10f - 1f));
    }
}
