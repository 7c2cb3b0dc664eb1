// Nested loops whose frame the tiered VM moves to translated code while they run. The first variant
// waits for the frame to reach the header of a loop around the hot inner one (jit/compiler.ts
// osrEntryIsChosen): values computed between the inner loop's exit and that header must carry over, an
// inner loop that never exits must still be entered where it is, and sibling loops and a labeled
// continue between the two headers must not lose their state. A method without double or float locals is
// entered where its frame is.
public class OsrNestedLoops {
    // A Mandelbrot-like nest: short inner loops of double arithmetic, state carried across all levels.
    static String grid(int rows, int cols) {
        long hash = 17;
        double total = 0;
        int inside = 0;
        for (int y = 0; y < rows; y++) {
            double ci = y * (2.0 / rows) - 1.0;
            for (int x = 0; x < cols; x++) {
                double cr = x * (3.0 / cols) - 2.0;
                double zr = 0, zi = 0;
                int i = 0;
                while (i < 30 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    i++;
                }
                if (i == 30) inside++;
                total += zr - zi;
                hash = hash * 31 + i;
            }
            // A sibling loop after the inner one, inside the outer body.
            for (int k = 0; k < 3; k++) hash ^= (hash >>> 7) + k;
        }
        return inside + " " + Long.toHexString(hash) + " " + Double.doubleToLongBits(total);
    }

    // The inner loop runs on and on: its frame never reaches the outer header while it is hot.
    static String longInner(int n) {
        double acc = 0.5;
        long steps = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                acc = acc * 1.0000001 + (i & 7) * 0.25;
                if (acc > 1e6) acc -= 1e6;
                steps++;
            }
            acc = -acc;
        }
        return steps + " " + Double.doubleToLongBits(acc);
    }

    // A labeled continue from the inner loop to the outer one, and a break out of both.
    static String labeled(int n) {
        int found = 0;
        long sum = 0;
        double mean = 0;
        outer:
        for (int a = 1; a < n; a++) {
            for (int b = 1; b < 40; b++) {
                if ((a * b) % 37 == 0) {
                    found++;
                    continue outer;
                }
                sum += a ^ b;
                mean = mean * 0.5 + b;
                if (sum > 4_000_000_000L) break outer;
            }
            sum -= a;
        }
        return found + " " + sum + " " + mean;
    }

    // Ints only, nothing to box: entered at the inner loop where the frame is when it is hot.
    static String intGrid(int rows) {
        int acc = 7;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < 10; x++) acc = acc * 31 + (x ^ y);
            acc ^= acc >>> 13;
        }
        return Integer.toHexString(acc);
    }

    // Doubles whose identity is easy to lose (-0.0, NaN, infinities) carried around a long innermost
    // loop, through the pass that retypes them every 8192 iterations (jit/structure.ts OsrRetyping).
    static String specials(int n) {
        double negZero = -0.0, nan = Double.NaN, inf = Double.NEGATIVE_INFINITY, tiny = Double.MIN_VALUE;
        double acc = 0;
        float fNegZero = -0.0f;
        long bits = 0;
        for (int i = 0; i < n; i++) {
            bits += (Double.doubleToRawLongBits(negZero) >>> 63) + (nan != nan ? 1 : 0) + (inf < 0 ? 1 : 0);
            acc += (i & 1) == 0 ? tiny : -tiny;
            fNegZero = fNegZero * 1.0f;
            if (i % 10_000 == 9_999) {
                negZero = -negZero;
                negZero = -negZero;
            }
        }
        return bits + " " + (1 / negZero) + " " + nan + " " + inf + " " + tiny + " " + acc + " " + (1 / fNegZero);
    }

    public static void main(String[] args) {
        System.out.println(grid(40, 90));
        System.out.println(longInner(300_000));
        System.out.println(labeled(5_000));
        System.out.println(labeled(400_000));
        System.out.println(intGrid(3_000));
        System.out.println(specials(100));
        System.out.println(specials(200_000));
    }
}
