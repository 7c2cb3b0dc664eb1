// Deep recursion in translated code ends in a catchable StackOverflowError, repeatedly, and the VM keeps
// working afterwards.
public class DeepTranslated {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    static long sum(long n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            depth = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("overflow " + i + " deep " + (depth > 1000));
            }
        }
        System.out.println("sum " + sum(4000));
    }
}
