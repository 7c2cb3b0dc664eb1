/**
 * Mandelbrot set bitmap (after the Computer Language Benchmarks Game): W columns x H rows over
 * [-1.5,0.5] x [-1,1], 50 iterations per point, one bit per pixel packed into bytes.
 * Measures: double arithmetic in a tight data-dependent loop, byte[] stores, bit operations.
 * args[0] = number of rows H (work is linear in it); W is fixed.
 */
public class Mandelbrot {
    static final int W = 1024;
    static final int MAX_ITER = 50;

    public static void main(String[] args) {
        int h = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int rowBytes = (W + 7) / 8;
        byte[] row = new byte[rowBytes];
        long checksum = 1;
        long setBits = 0;
        double invW = 2.0 / W;
        double invH = 2.0 / h;
        for (int y = 0; y < h; y++) {
            double ci = y * invH - 1.0;
            int bits = 0;
            int bitNum = 0;
            int idx = 0;
            for (int x = 0; x < W; x++) {
                double cr = x * invW - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                while (i < MAX_ITER && tr + ti <= 4.0) {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                    i++;
                }
                bits = bits << 1;
                if (tr + ti <= 4.0) {
                    bits |= 1;
                }
                bitNum++;
                if (bitNum == 8) {
                    row[idx++] = (byte) bits;
                    bits = 0;
                    bitNum = 0;
                }
            }
            if (bitNum != 0) {
                row[idx] = (byte) (bits << (8 - bitNum));
            }
            for (int k = 0; k < rowBytes; k++) {
                int b = row[k] & 0xff;
                checksum = checksum * 1000003L ^ b;
                setBits += Integer.bitCount(b);
            }
        }
        System.out.println("P4 " + W + " " + h + " pixels set " + setBits);
        System.out.println("rows " + h + " checksum " + Long.toHexString(checksum));
    }
}
