public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, double b, int c) {
        long x = a + c;
        double y = b * 2;
        return recurseWithLocals(x, y, c + 1) + (long) y;
    }

    static int mutualA(int n) { return mutualB(n + 1) + 1; }
    static int mutualB(int n) { return mutualA(n + 1) + 1; }

    static class Chain {
        Chain next;
        @Override public String toString() { return "Chain->" + next; }
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, depth > 1000: " + (depth > 1000));
        }
        try {
            recurseWithLocals(1, 1.0, 1);
        } catch (StackOverflowError e) {
            System.out.println("caught again (with locals)");
        }
        try {
            mutualA(0);
        } catch (StackOverflowError e) {
            System.out.println("caught mutual recursion");
        }
        Chain c = new Chain();
        c.next = c; // cycle: toString recurses forever
        try {
            System.out.println(c.toString().length());
        } catch (StackOverflowError e) {
            System.out.println("caught toString cycle");
        }
        // the VM still works normally after recovering
        int sum = 0;
        for (int i = 0; i < 1000; i++) sum += i;
        System.out.println("sum " + sum + " " + fact(20));
        // a StackOverflowError is an Error, and finally blocks run while unwinding
        int[] finallies = { 0 };
        try {
            withFinally(finallies, 0);
        } catch (StackOverflowError e) {
            System.out.println("finally blocks ran: " + (finallies[0] > 1000) + ", message: " + e.getMessage());
        }
    }

    static void withFinally(int[] counter, int n) {
        try {
            withFinally(counter, n + 1);
        } finally {
            counter[0]++;
        }
    }

    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
}
