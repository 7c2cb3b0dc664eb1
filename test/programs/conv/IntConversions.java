public class IntConversions {
    static long i2l(int x) { return x; }
    static float i2f(int x) { return x; }
    static double i2d(int x) { return x; }
    static byte i2b(int x) { return (byte) x; }
    static char i2c(int x) { return (char) x; }
    static short i2s(int x) { return (short) x; }

    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 16777215,
                16777216, 16777217, 16777219, 33554435, 123456789, -123456789, Integer.MAX_VALUE, Integer.MIN_VALUE,
                0x7FFFFF80, 0x7FFFFFC0, 0x55555555 };
        for (int x : vals) {
            float f = i2f(x);
            System.out.println(x + ": i2l=" + i2l(x) + " i2f=" + f + " [" + Integer.toHexString(Float.floatToIntBits(f))
                    + "] i2d=" + i2d(x) + " i2b=" + i2b(x) + " i2c=" + (int) i2c(x) + " i2s=" + i2s(x)
                    + " back f2i=" + (int) f);
        }
        // conversions through chains
        int x = 300;
        System.out.println((byte) (char) x + " " + (char) (byte) x + "|" + (int) (char) (byte) -1 + " " + (short) (char) -1
                + " " + (int) (char) (short) -1 + " " + (long) (byte) 200 + " " + (double) (short) 40000);
        // implicit widening in arithmetic and assignments
        long big = Integer.MAX_VALUE + 1;
        long big2 = Integer.MAX_VALUE + 1L;
        System.out.println("int overflow before widening: " + big + " vs " + big2);
        double avg = (3 + 4) / 2;
        double avg2 = (3 + 4) / 2.0;
        System.out.println("avg " + avg + " " + avg2);
        char c = 'A';
        int ci = c + 1;
        long cl = c;
        float cf = c;
        System.out.println("char widening " + ci + " " + cl + " " + cf);
        // constants folded by javac vs runtime conversion
        final int K = 1000;
        byte kb = (byte) K;
        int rk = K + args.length;
        System.out.println("folded " + kb + " runtime " + (byte) rk);
    }
}
