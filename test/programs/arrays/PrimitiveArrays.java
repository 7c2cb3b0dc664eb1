public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] str = new String[3];
        Object[] o = new Object[3];
        System.out.println("defaults: " + z[0] + " " + b[1] + " " + (int) c[2] + " " + s[0] + " " + i[1] + " " + l[2] + " "
                + f[0] + " " + d[1] + " " + str[2] + " " + o[0]);
        System.out.println("lengths: " + z.length + b.length + c.length + s.length + i.length + l.length + f.length + d.length
                + " empty=" + new int[0].length);
        for (int k = 0; k < 3; k++) {
            z[k] = k % 2 == 0;
            b[k] = (byte) (k * 100);
            c[k] = (char) ('x' + k);
            s[k] = (short) (k * 20000);
            i[k] = k * 1_000_000_000;
            l[k] = k * 5_000_000_000L;
            f[k] = k / 3f;
            d[k] = k / 3.0;
            str[k] = "s" + k;
            o[k] = k;
        }
        for (int k = 0; k < 3; k++) {
            System.out.println(k + ": " + z[k] + " " + b[k] + " " + c[k] + " " + s[k] + " " + i[k] + " " + l[k] + " " + f[k] + " "
                    + d[k] + " " + str[k] + " " + o[k]);
        }
        // array element arithmetic and compound assignment
        int[] counts = new int[10];
        for (int k = 0; k < 100; k++) counts[(k * 7) % 10]++;
        for (int k = 0; k < 10; k++) System.out.print(counts[k] + (k < 9 ? "," : "\n"));
        long[] fib = new long[90];
        fib[0] = 0;
        fib[1] = 1;
        for (int k = 2; k < fib.length; k++) fib[k] = fib[k - 1] + fib[k - 2];
        System.out.println("fib[89] = " + fib[89]);
        double[] acc = new double[5];
        for (int k = 0; k < 5; k++) {
            acc[k] += k * 0.5;
            acc[k] *= acc[k];
            acc[k] -= 0.25;
        }
        System.out.println(java.util.Arrays.toString(acc));
        // array initializers
        int[][] tri = { { 1 }, { 1, 1 }, { 1, 2, 1 }, { 1, 3, 3, 1 } };
        char[] hello = { 'h', 'e', 'l', 'l', 'o' };
        System.out.println(tri[3][1] + " " + tri.length + " " + tri[2].length + " " + new String(hello));
        // boolean and byte arrays share bastore/baload: check values are masked properly
        boolean[] flags = new boolean[8];
        for (int k = 0; k < 8; k++) flags[k] = (k & 1) == 1;
        int mask = 0;
        for (int k = 0; k < 8; k++) if (flags[k]) mask |= 1 << k;
        System.out.println("mask " + mask);
        byte[] bytes = new byte[256];
        for (int k = 0; k < 256; k++) bytes[k] = (byte) k;
        int sum = 0;
        for (byte x : bytes) sum += x;
        System.out.println("byte sum " + sum + " bytes[200]=" + bytes[200] + " bytes[127]=" + bytes[127]);
        char[] chars = new char[4];
        chars[0] = (char) -1;
        short[] shorts = { (short) 65535, (short) 32768 };
        System.out.println((int) chars[0] + " " + shorts[0] + " " + shorts[1]);
        // large-ish array
        int[] big = new int[100000];
        for (int k = 0; k < big.length; k++) big[k] = k * k;
        long total = 0;
        for (int v : big) total += v;
        System.out.println("big total " + total);
    }
}
