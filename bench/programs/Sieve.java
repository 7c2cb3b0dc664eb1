/**
 * Prime sieves: an Eratosthenes sieve on boolean[], a linear sieve filling an int[] of smallest
 * prime factors plus an int[] prime list, and Euler's totient computed from them.
 * Measures: primitive array allocation, baload/bastore, iaload/iastore, bounds checks, loops.
 * args[0] = number of rounds (work is linear in it); the limit varies slightly per round.
 */
public class Sieve {
    static int eratosthenes(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }

    static long linearTotients(int limit) {
        int[] spf = new int[limit + 1];
        int[] primes = new int[limit / 2 + 16];
        int[] phi = new int[limit + 1];
        int np = 0;
        phi[1] = 1;
        for (int i = 2; i <= limit; i++) {
            if (spf[i] == 0) {
                spf[i] = i;
                primes[np++] = i;
                phi[i] = i - 1;
            }
            for (int k = 0; k < np; k++) {
                int p = primes[k];
                int ip = i * p;
                if (p > spf[i] || ip > limit) {
                    break;
                }
                spf[ip] = p;
                phi[ip] = p == spf[i] ? phi[i] * p : phi[i] * (p - 1);
            }
        }
        long sum = 0;
        for (int i = 1; i <= limit; i++) {
            sum += phi[i] ^ spf[i];
        }
        return sum + np;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        long checksum = 0;
        int lastCount = 0;
        for (int r = 0; r < rounds; r++) {
            int limit = 100000 + (r % 16) * 1000;
            lastCount = eratosthenes(limit);
            checksum = checksum * 31 + lastCount;
            checksum = checksum * 31 + linearTotients(limit / 2);
        }
        System.out.println("primes below " + (100000 + ((rounds - 1) % 16) * 1000) + ": " + lastCount);
        System.out.println("rounds " + rounds + " checksum " + Long.toHexString(checksum));
    }
}
