public class Varargs {
    static String count(Object... args) {
        return args == null ? "null array" : args.length + " args " + java.util.Arrays.toString(args);
    }

    static int sum(int... nums) {
        int s = 0;
        for (int n : nums) s += n;
        return s;
    }

    static String fmt(String prefix, String... parts) {
        return prefix + ":" + String.join("|", parts) + "(" + parts.length + ")";
    }

    static String which(int a, int b) { return "fixed(int,int)"; }
    static String which(int... a) { return "varargs(int...)"; }
    static String which(Integer a, Integer b) { return "boxed(Integer,Integer)"; }

    static String generic(Object o) { return "Object"; }
    static String generic(Object... o) { return "Object..."; }

    @SafeVarargs
    static <T> T last(T... items) { return items[items.length - 1]; }

    static long mixed(long base, double... factors) {
        double r = base;
        for (double f : factors) r *= f;
        return (long) r;
    }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count("a"));
        System.out.println(count("a", 1, 2.5));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new Object[] { "x", "y" }));
        System.out.println(count((Object) new Object[] { "x", "y" }).startsWith("1 args"));
        System.out.println(count(new int[] { 1, 2 }).startsWith("1 args [[I@"));
        System.out.println("sum " + sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] { 4, 5 }));
        System.out.println(fmt("p") + " " + fmt("p", "a") + " " + fmt("p", "a", "b", "c"));
        System.out.println(which(1, 2) + " " + which(1) + " " + which(1, 2, 3) + " " + which());
        System.out.println(generic("x") + " " + generic("x", "y") + " " + generic() + " " + generic((Object) null));
        System.out.println("last " + last(1, 2, 3) + " " + last("only") + " " + last('a', 'b'));
        System.out.println("mixed " + mixed(10) + " " + mixed(10, 1.5) + " " + mixed(10, 2, 2.5, 0.5));
        System.out.println("Arrays.asList varargs " + java.util.Arrays.asList(1, 2, 3) + " " + java.util.Arrays.asList(new String[] { "s" }));
        System.out.println("String.join varargs " + String.join(",", "a", "b") + " max " + max(3, 9, 4));
    }

    static int max(int first, int... rest) {
        int m = first;
        for (int r : rest) m = Math.max(m, r);
        return m;
    }
}
