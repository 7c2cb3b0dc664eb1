public class Recursion {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fibLong(int n) { return n < 2 ? n : fibLong(n - 1) + fibLong(n - 2); }
    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static int hanoiMoves;
    static void hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, log);
        hanoiMoves++;
        if (log.length() < 80) log.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, log);
    }
    static double power(double base, int exp) {
        if (exp == 0) return 1;
        double half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }
    static void permutations(String prefix, String rest, java.util.List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++)
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
    static int binarySearch(int[] a, int key, int lo, int hi) {
        if (lo > hi) return -(lo + 1);
        int mid = (lo + hi) >>> 1;
        if (a[mid] == key) return mid;
        return a[mid] < key ? binarySearch(a, key, mid + 1, hi) : binarySearch(a, key, lo, mid - 1);
    }
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 20; i++) sb.append(fib(i)).append(' ');
        System.out.println("fib " + sb);
        System.out.println("fibLong(30) = " + fibLong(30));
        for (int m = 0; m <= 3; m++) {
            sb.setLength(0);
            for (int n = 0; n <= 4; n++) sb.append(ackermann(m, n)).append(' ');
            System.out.println("ackermann(" + m + ", 0..4) = " + sb);
        }
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(17, 5) + " " + gcd(0, 9) + " " + gcd(-12, 18));
        System.out.println("even/odd " + isEven(10) + " " + isOdd(7) + " " + isEven(999));
        StringBuilder log = new StringBuilder();
        hanoi(10, 'A', 'C', 'B', log);
        System.out.println("hanoi(10) moves " + hanoiMoves + " first: " + log);
        System.out.println("power " + power(2, 30) + " " + power(1.5, 7) + " " + power(10, 15));
        java.util.List<String> perms = new java.util.ArrayList<>();
        permutations("", "abcd", perms);
        System.out.println("permutations " + perms.size() + " " + perms);
        int[] arr = new int[200];
        for (int i = 0; i < arr.length; i++) arr[i] = (i * 7919) % 211;
        quicksort(arr, 0, arr.length - 1);
        System.out.println("quicksorted head " + arr[0] + " " + arr[1] + " " + arr[2] + " tail " + arr[199]);
        System.out.println("binary search " + binarySearch(arr, arr[57], 0, arr.length - 1) + " " + binarySearch(arr, 500, 0, arr.length - 1));
    }
}
