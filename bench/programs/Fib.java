/**
 * Naive doubly-recursive Fibonacci: static int recursion plus a long-returning instance variant.
 * Measures: invokestatic / invokevirtual call and return overhead, frame creation, int adds.
 * args[0] = number of fib evaluations of n in 20..24 (work is linear in it; about 70k calls each).
 */
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    long fibLong(int n) {
        if (n < 2) {
            return n;
        }
        return fibLong(n - 1) + fibLong(n - 2);
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Fib self = new Fib();
        long sum = 0;
        for (int i = 0; i < reps; i++) {
            int n = 20 + i % 5;
            if ((i & 7) == 7) {
                sum += self.fibLong(n);
            } else {
                sum += fib(n);
            }
        }
        System.out.println("fib(30) = " + fib(30));
        System.out.println("reps " + reps + " checksum " + sum);
    }
}
