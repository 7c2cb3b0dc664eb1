public class Loops {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("for sum " + sum);
        int n = 27, steps = 0;
        StringBuilder collatz = new StringBuilder();
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
            if (steps <= 15) collatz.append(n).append(' ');
        }
        System.out.println("collatz(27) steps " + steps + " start " + collatz);
        int k = 0;
        do {
            k += 3;
        } while (k < 10);
        System.out.println("do-while " + k);
        int d = 100;
        do d--; while (false);
        System.out.println("do-while once " + d);
        long product = 1;
        for (int i = 1, j = 10; i < j; i++, j--) product *= (long) i * j;
        System.out.println("two vars " + product);
        int count = 0;
        for (;;) {
            if (++count >= 5) break;
        }
        System.out.println("infinite for with break " + count);
        StringBuilder primes = new StringBuilder();
        for (int p = 2; p < 100; p++) {
            boolean prime = true;
            for (int q = 2; q * q <= p; q++) {
                if (p % q == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) primes.append(p).append(' ');
        }
        System.out.println("primes " + primes);
        boolean[] sieve = new boolean[10001];
        int pc = 0;
        for (int i = 2; i <= 10000; i++) {
            if (!sieve[i]) {
                pc++;
                for (int j = i * i; j <= 10000; j += i) sieve[j] = true;
            }
        }
        System.out.println("primes below 10000: " + pc);
        int[] arr = { 5, 3, 8, 1, 9, 2 };
        for (int i = 0; i < arr.length; i++)
            for (int j = 0; j < arr.length - 1 - i; j++)
                if (arr[j] > arr[j + 1]) {
                    int t = arr[j];
                    arr[j] = arr[j + 1];
                    arr[j + 1] = t;
                }
        System.out.println("bubble " + java.util.Arrays.toString(arr));
        int evens = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 1) continue;
            evens++;
        }
        System.out.println("continue count " + evens);
        long big = 0;
        for (long i = Integer.MAX_VALUE - 5L; i <= Integer.MAX_VALUE + 5L; i++) big += i;
        System.out.println("long loop " + big);
        double x = 0;
        int iters = 0;
        for (double t = 0; t < 1; t += 0.1) { x += t; iters++; }
        System.out.println("double loop iterations " + iters + " sum " + x);
        byte b = 0;
        int bi = 0;
        for (b = 120; b > 0 && bi < 20; b++) bi++;
        System.out.println("byte loop wrapped after " + bi + " b=" + b);
        int nested = 0;
        for (int i = 0; i < 30; i++) for (int j = 0; j < i; j++) for (int m = 0; m < j; m++) nested++;
        System.out.println("nested count " + nested);
        java.util.List<String> list = java.util.Arrays.asList("x", "y", "z");
        StringBuilder sb = new StringBuilder();
        for (String s : list) sb.append(s);
        for (char c : "abc".toCharArray()) sb.append(c);
        System.out.println("foreach " + sb);
        int w = 0;
        while (w < 1000000) w = w * 2 + 1;
        System.out.println("while growth " + w);
    }
}
