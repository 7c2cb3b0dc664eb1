public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();

    static int t(String name, int v) {
        log.append(name).append(' ');
        return v;
    }

    static boolean b(String name, boolean v) {
        log.append(name).append(' ');
        return v;
    }

    static void show(String label, Object result) {
        System.out.println(label + " = " + result + " | order: " + log.toString().trim());
        log.setLength(0);
    }

    static int[] arr(String name, int[] a) {
        log.append(name).append(' ');
        return a;
    }

    public static void main(String[] args) {
        show("a + b * c", t("a", 1) + t("b", 2) * t("c", 3));
        show("(a + b) * c", (t("a", 1) + t("b", 2)) * t("c", 3));
        show("f(a, b, c)", three(t("a", 1), t("b", 2), t("c", 3)));
        show("&& short-circuit", b("x", false) && b("y", true));
        show("|| short-circuit", b("x", true) || b("y", true));
        show("& no short-circuit", b("x", false) & b("y", true));
        show("| no short-circuit", b("x", true) | b("y", false));
        show("ternary", b("cond", true) ? t("then", 1) : t("else", 2));
        int[] a = { 0, 0, 0 };
        int i = 0;
        a[i] = i = 2;
        show("a[i] = i = 2", java.util.Arrays.toString(a) + " i=" + i);
        i = 0;
        a = new int[] { 10, 20, 30 };
        a[i++] = a[i] + 100;
        show("a[i++] = a[i] + 100", java.util.Arrays.toString(a) + " i=" + i);
        int x = 5;
        x = x++ + ++x;
        show("x = x++ + ++x (x=5)", x);
        int y = 10;
        y += y++ * 2;
        show("y += y++ * 2 (y=10)", y);
        int z = 3;
        z = z-- - --z;
        show("z = z-- - --z (z=3)", z);
        int[] target = { 1, 2, 3 };
        arr("array", target)[t("index", 1)] += t("rhs", 10);
        show("compound array", java.util.Arrays.toString(target));
        try {
            int[] nullArr = null;
            nullArr[t("idx", 0)] = t("value", 1);
        } catch (NullPointerException e) {
            show("null array store evaluates index and value first", "NPE");
        }
        try {
            int zero = 0;
            int r = t("left", 1) / (zero * t("right", 1));
            System.out.println(r);
        } catch (ArithmeticException e) {
            show("division evaluates both operands", e.getMessage());
        }
        long l = t("l1", 1) + (long) t("l2", Integer.MAX_VALUE);
        show("mixed widen", l);
        String s = "s" + t("p", 1) + t("q", 2);
        show("string concat", s);
        Obj o = new Obj(t("ctorArg", 5));
        o.field = t("fieldValue", 7);
        show("new + field", o.field);
        int k = 1;
        k <<= k + (k = 3);
        show("k <<= k + (k = 3) with k=1", k);
        int m = 2;
        int res = m * (m = 5) + m;
        show("m * (m = 5) + m with m=2", res);
    }

    static String three(int a, int b, int c) { return a + "," + b + "," + c; }

    static class Obj {
        int field;
        Obj(int v) { field = v; }
    }
}
