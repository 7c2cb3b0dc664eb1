/**
 * Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to N x N
 * (after the Computer Language Benchmarks Game), by power iteration with renormalisation.
 * Measures: double division/multiply-add in nested loops over double[] arrays, static calls.
 * args[0] = number of power iterations (work is linear in it); N is fixed.
 */
public class SpectralNorm {
    static final int N = 128;

    static double a(int i, int j) {
        int ij = i + j;
        return 1.0 / ((ij * (ij + 1) >>> 1) + i + 1);
    }

    static void multiplyAv(double[] v, double[] av) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(i, j) * v[j];
            }
            av[i] = sum;
        }
    }

    static void multiplyAtv(double[] v, double[] atv) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(j, i) * v[j];
            }
            atv[i] = sum;
        }
    }

    static void multiplyAtAv(double[] v, double[] tmp, double[] out) {
        multiplyAv(v, tmp);
        multiplyAtv(tmp, out);
    }

    static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double inv = 1.0 / Math.sqrt(s);
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        double[] u = new double[N];
        double[] v = new double[N];
        double[] tmp = new double[N];
        java.util.Arrays.fill(u, 1.0);
        long h = 0;
        for (int it = 0; it < iterations; it++) {
            multiplyAtAv(u, tmp, v);
            multiplyAtAv(v, tmp, u);
            normalise(u);
            h = h * 31 + Double.doubleToLongBits(u[it % N]);
        }
        // u is normalised, v = AtA u_prev: recompute v from the final u for the Rayleigh quotient
        multiplyAtAv(u, tmp, v);
        double vBv = 0, vv = 0;
        for (int i = 0; i < N; i++) {
            vBv += u[i] * v[i];
            vv += u[i] * u[i];
        }
        double norm = Math.sqrt(vBv / vv);
        System.out.println("spectral norm: " + norm);
        System.out.println("iterations " + iterations + " checksum " + Long.toHexString(h));
    }
}
