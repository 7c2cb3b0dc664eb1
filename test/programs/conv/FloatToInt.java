public class FloatToInt {
    static int f2i(float f) { return (int) f; }
    static long f2l(float f) { return (long) f; }
    static double f2d(float f) { return f; }

    public static void main(String[] args) {
        float[] vals = { 0f, -0f, 0.4f, 0.5f, 0.6f, -0.4f, -0.5f, -0.6f, 1.5f, -1.5f, 2.5f, -2.5f, 1e9f, 2e9f, 2.1474836E9f,
                2.147483647E9f, 2.1474839E9f, -2.1474836E9f, -2.1474839E9f, 3e9f, -3e9f, 9.223372E18f, 9.2233725E18f,
                -9.223372E18f, -9.2233725E18f, 1e19f, -1e19f, 1e30f, -1e30f, Float.MAX_VALUE, -Float.MAX_VALUE,
                Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 16777217f, 8388608.5f, 0.99999994f, -0.99999994f, 127.9f, 255.99f, 65535.9f };
        for (float f : vals) {
            System.out.println(f + ": f2i=" + f2i(f) + " f2l=" + f2l(f) + " f2d=" + f2d(f) + " (byte)=" + (byte) f
                    + " (short)=" + (short) f + " (char)=" + (int) (char) f);
        }
        float nan = Float.intBitsToFloat(0xFFC00001);
        System.out.println("neg NaN: " + f2i(nan) + " " + f2l(nan) + " bits preserved by f2d? " + Double.isNaN(f2d(nan)));
        // ceil/floor via casts
        for (float f = -3f; f <= 3f; f += 0.75f) {
            System.out.println("f=" + f + " (int)=" + (int) f + " floor=" + (int) Math.floor(f) + " ceil=" + (int) Math.ceil(f)
                    + " round=" + Math.round(f));
        }
    }
}
