/**
 * Fannkuch-redux (after the Computer Language Benchmarks Game) for a small fixed n, repeated.
 * Measures: int[] element reads/writes, short loops with data-dependent trip counts.
 * Known results: n=8 gives checksum 1616 and max flips 22.
 * args[0] = number of repetitions of fannkuch(N) (work is linear in it).
 */
public class Fannkuch {
    static final int N = 8;

    static int maxFlips;

    static int fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int max = 0;
        int checksum = 0;
        int permCount = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++) {
                    int t = perm[i];
                    perm[i] = perm[k - i];
                    perm[k - i] = t;
                }
                flips++;
            }
            if (flips > max) {
                max = flips;
            }
            checksum += (permCount & 1) == 0 ? flips : -flips;
            while (true) {
                if (r == n) {
                    maxFlips = max;
                    return checksum;
                }
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permCount++;
        }
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        long total = 0;
        int checksum = 0;
        for (int i = 0; i < reps; i++) {
            checksum = fannkuch(N);
            total = total * 31 + checksum + maxFlips;
        }
        System.out.println(checksum);
        System.out.println("Pfannkuchen(" + N + ") = " + maxFlips);
        System.out.println("reps " + reps + " checksum " + Long.toHexString(total));
    }
}
