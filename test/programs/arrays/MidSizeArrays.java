import java.util.Arrays;

/**
 * Primitive arrays around the sizes where tsjvm changes how it stores them (64 bytes: V8's own heap;
 * 65-1024 bytes: shared buffers; larger: a buffer each), and System.arraycopy between and within them:
 * every array starts zeroed however many were made before it, arrays sharing a buffer don't see each
 * other's elements, and copies at every size take exactly the elements asked for, overlapping or not.
 */
public class MidSizeArrays {
    static final int[] BYTE_SIZES = { 1, 8, 63, 64, 65, 66, 100, 512, 1000, 1023, 1024, 1025, 1032, 4096 };

    static long checksum(long acc, long v) {
        return acc * 1_000_003L + v;
    }

    public static void main(String[] args) {
        // Many live arrays of each type and size, each filled with its own pattern, then checked: a piece
        // handed out twice or not zeroed shows as a wrong element.
        for (int bytes : BYTE_SIZES) {
            byte[][] b = new byte[40][];
            char[][] c = new char[40][];
            short[][] s = new short[40][];
            int[][] i4 = new int[40][];
            long[][] l = new long[40][];
            float[][] f = new float[40][];
            double[][] d = new double[40][];
            boolean[][] z = new boolean[40][];
            int bad = 0;
            for (int k = 0; k < 40; k++) {
                b[k] = new byte[bytes];
                c[k] = new char[Math.max(1, bytes / 2)];
                s[k] = new short[Math.max(1, bytes / 2)];
                i4[k] = new int[Math.max(1, bytes / 4)];
                l[k] = new long[Math.max(1, bytes / 8)];
                f[k] = new float[Math.max(1, bytes / 4)];
                d[k] = new double[Math.max(1, bytes / 8)];
                z[k] = new boolean[bytes];
                for (byte x : b[k]) bad += x;
                for (char x : c[k]) bad += x;
                for (short x : s[k]) bad += x;
                for (int x : i4[k]) bad += x;
                for (long x : l[k]) bad += (int) x;
                for (float x : f[k]) bad += (int) x;
                for (double x : d[k]) bad += (int) x;
                for (boolean x : z[k]) bad += x ? 1 : 0;
                Arrays.fill(b[k], (byte) (k + 1));
                Arrays.fill(c[k], (char) (k + 1000));
                Arrays.fill(s[k], (short) (-k - 1));
                Arrays.fill(i4[k], k * 100_000 + 7);
                Arrays.fill(l[k], k * 10_000_000_000L + 3);
                Arrays.fill(f[k], k + 0.5f);
                Arrays.fill(d[k], k + 0.25);
                Arrays.fill(z[k], (k & 1) == 0);
            }
            long sum = 0;
            for (int k = 0; k < 40; k++) {
                for (byte x : b[k]) if (x != (byte) (k + 1)) bad++;
                for (char x : c[k]) if (x != (char) (k + 1000)) bad++;
                for (short x : s[k]) if (x != (short) (-k - 1)) bad++;
                for (int x : i4[k]) if (x != k * 100_000 + 7) bad++;
                for (long x : l[k]) if (x != k * 10_000_000_000L + 3) bad++;
                for (float x : f[k]) if (x != k + 0.5f) bad++;
                for (double x : d[k]) if (x != k + 0.25) bad++;
                for (boolean x : z[k]) if (x != ((k & 1) == 0)) bad++;
                sum = checksum(sum, Arrays.hashCode(b[k]) ^ Arrays.hashCode(c[k]) ^ Arrays.hashCode(l[k])
                        ^ Arrays.hashCode(d[k]));
            }
            System.out.println(bytes + " bytes: lengths " + b[0].length + "/" + c[0].length + "/" + s[0].length + "/"
                    + i4[0].length + "/" + l[0].length + "/" + f[0].length + "/" + d[0].length + "/"
                    + z[0].length + ", wrong elements " + bad + ", checksum " + sum);
        }

        // Copies of every length from 0 to 300 elements, between two arrays and within one (both
        // directions), for each type, checked element by element against a plain loop.
        int wrong = 0;
        long sum = 0;
        for (int n = 0; n <= 300; n += (n < 40 ? 1 : 13)) {
            for (int from = 0; from <= 5; from += 5) {
                for (int to = 0; to <= 7; to += 7) {
                    wrong += copyInts(n, from, to);
                    wrong += copyBytes(n, from, to);
                    wrong += copyChars(n, from, to);
                    wrong += copyLongs(n, from, to);
                    wrong += copyDoubles(n, from, to);
                    wrong += copyFloats(n, from, to);
                    wrong += copyShorts(n, from, to);
                }
            }
            int[] whole = new int[n];
            for (int k = 0; k < n; k++) whole[k] = k * 31 + 1;
            int[] grown = Arrays.copyOf(whole, n * 2 + 1);
            for (int k = 0; k < grown.length; k++) {
                int expect = k < n ? k * 31 + 1 : 0;
                if (grown[k] != expect) wrong++;
            }
            sum = checksum(sum, Arrays.hashCode(grown));
            byte[] range = Arrays.copyOfRange(new String(new char[n + 3]).replace('\0', 'q').getBytes(), 1, n + 2);
            sum = checksum(sum, Arrays.hashCode(range));
        }
        System.out.println("copies: wrong elements " + wrong + ", checksum " + sum);

        // Strings past 64 Latin-1 characters (made by concatenation and by StringBuilder) and their copies.
        StringBuilder sb = new StringBuilder();
        String concat = "";
        for (int k = 0; k < 200; k++) {
            sb.append((char) ('a' + k % 26));
            concat = concat + (char) ('A' + k % 26);
            if (k % 40 == 39 || k == 63 || k == 64) {
                String t = sb.toString();
                System.out.println(t.length() + " " + t.hashCode() + " " + concat.hashCode() + " "
                        + t.substring(k / 2).hashCode() + " " + (t + concat).hashCode() + " " + sb.reverse().reverse().indexOf("xyz"));
            }
        }

        // A float NaN's bits are what arraycopy copies, at every copy length.
        float[] nans = new float[200];
        for (int k = 0; k < nans.length; k++) nans[k] = Float.intBitsToFloat(0x7fc00000 | k);
        float[] nanCopy = new float[200];
        int lostBits = 0;
        for (int n : new int[] { 3, 20, 40, 100, 200 }) {
            System.arraycopy(nans, 0, nanCopy, 0, n);
            for (int k = 0; k < n; k++)
                if (Float.floatToRawIntBits(nanCopy[k]) != Float.floatToRawIntBits(nans[k])) lostBits++;
        }
        System.out.println("quiet NaN payloads changed by arraycopy: " + lostBits);
    }

    static int copyInts(int n, int from, int to) {
        int wrong = 0;
        int[] src = new int[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = k * 7 + 1;
        int[] dst = new int[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        int[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyBytes(int n, int from, int to) {
        int wrong = 0;
        byte[] src = new byte[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = (byte) (k * 7 + 1);
        byte[] dst = new byte[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        byte[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyChars(int n, int from, int to) {
        int wrong = 0;
        char[] src = new char[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = (char) (k * 7001 + 1);
        char[] dst = new char[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        char[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyShorts(int n, int from, int to) {
        int wrong = 0;
        short[] src = new short[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = (short) (k * 7001 - 3);
        short[] dst = new short[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        short[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyLongs(int n, int from, int to) {
        int wrong = 0;
        long[] src = new long[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = k * 0x1_0000_0001L - 5;
        long[] dst = new long[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        long[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyDoubles(int n, int from, int to) {
        int wrong = 0;
        double[] src = new double[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = k / 3.0 - 1;
        double[] dst = new double[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        double[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }

    static int copyFloats(int n, int from, int to) {
        int wrong = 0;
        float[] src = new float[n + 12];
        for (int k = 0; k < src.length; k++) src[k] = k / 3.0f - 1;
        float[] dst = new float[n + 12];
        System.arraycopy(src, from, dst, to, n);
        for (int k = 0; k < dst.length; k++) if (dst[k] != (k >= to && k < to + n ? src[k - to + from] : 0)) wrong++;
        float[] same = src.clone();
        System.arraycopy(same, from, same, to, n);
        for (int k = 0; k < same.length; k++) if (same[k] != (k >= to && k < to + n ? src[k - to + from] : src[k])) wrong++;
        return wrong;
    }
}
