public class DeepRecursion {
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    static long sumLong(long n, long acc) { return n == 0 ? acc : sumLong(n - 1, acc + n); }
    static double sumDouble(int n, double x, double y) { return n == 0 ? x + y : sumDouble(n - 1, x + 0.5, y - 0.25); }
    static String build(int n) { return n == 0 ? "" : (n % 1000 == 0 ? "|" : "") + build(n - 1); }
    static int manyArgs(int n, int a, long b, float c, double d, Object e, int f, long g) {
        if (n == 0) return a + (int) b + (int) c + (int) d + (e == null ? 0 : 1) + f + (int) g;
        return manyArgs(n - 1, a + 1, b + 2, c + 0.5f, d + 0.25, n % 2 == 0 ? null : "x", f - 1, g * 1);
    }

    static class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
        int length() { return next == null ? 1 : 1 + next.length(); }
        long sum() { return value + (next == null ? 0 : next.sum()); }
    }

    public static void main(String[] args) {
        System.out.println("depth(5000) = " + depth(5000));
        System.out.println("sumLong(5000) = " + sumLong(5000, 0));
        System.out.println("sumDouble(5000) = " + sumDouble(5000, 0, 0));
        System.out.println("build(5000) = " + build(5000));
        System.out.println("manyArgs(3000) = " + manyArgs(3000, 0, 0, 0, 0, null, 0, 7));
        Node list = null;
        for (int i = 0; i < 5000; i++) list = new Node(i, list);
        System.out.println("list length " + list.length() + " sum " + list.sum());
        int total = 0;
        for (int i = 0; i < 20; i++) total += depth(2000 + i);
        System.out.println("repeated deep calls " + total);
    }
}
