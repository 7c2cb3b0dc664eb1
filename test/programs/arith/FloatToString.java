public class FloatToString {
    public static void main(String[] args) {
        float[] fs = { 0f, -0f, 1f, -1f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1f / 3, 2f / 3, 10f, 100f, 1000f, 1234567f,
                9999999f, 1e7f, 1.0E-3f, 1e-4f, 1e10f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f, (float) Math.PI,
                (float) Math.E, 16777216f, 16777217f, 33554431f, 0.5f, 1.1f, 2.675f, 100.5f, 123.456f, 1e-40f,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.intBitsToFloat(1),
                Float.intBitsToFloat(0x007fffff), Float.intBitsToFloat(0x3f800001), 8.589973E9f, 2.0E-8f };
        for (float f : fs) {
            System.out.println(Integer.toHexString(Float.floatToRawIntBits(f)) + " -> " + f + " | " + Float.toString(f)
                    + " | as double " + (double) f);
        }
        float p = 1;
        for (int i = 0; i < 15; i++) {
            System.out.println("10^" + i + " = " + p + ", 10^-" + i + " = " + (1 / p));
            p *= 10;
        }
        for (int i = 1; i <= 25; i++) {
            System.out.println(i + "/7f = " + (i / 7f) + ", " + i + "*0.1f = " + (i * 0.1f) + ", sqrt = "
                    + (float) Math.sqrt(i));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(1.5f).append(' ').append(-0f).append(' ').append(1e-10f).append(' ').append((Object) 2.5f);
        System.out.println("sb: " + sb + " valueOf: " + String.valueOf(3.75f) + " boxed: " + Float.valueOf(0.7f));
    }
}
