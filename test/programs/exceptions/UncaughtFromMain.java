public class UncaughtFromMain {
    static int divide(int a, int b) {
        return a / b;
    }

    static int compute(int n) {
        int total = 0;
        for (int i = n; i >= 0; i--) total += divide(100, i);
        return total;
    }

    public static void main(String[] args) {
        System.out.println("starting");
        System.err.println("about to divide");
        System.out.println(compute(3));
        System.out.println("never printed");
    }
}
