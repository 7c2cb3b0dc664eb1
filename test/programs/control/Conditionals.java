public class Conditionals {
    static String cmpInt(int a, int b) {
        String r = "";
        if (a == b) r += "eq ";
        if (a != b) r += "ne ";
        if (a < b) r += "lt ";
        if (a <= b) r += "le ";
        if (a > b) r += "gt ";
        if (a >= b) r += "ge ";
        if (a == 0) r += "a==0 ";
        if (a != 0) r += "a!=0 ";
        if (a < 0) r += "a<0 ";
        if (a <= 0) r += "a<=0 ";
        if (a > 0) r += "a>0 ";
        if (a >= 0) r += "a>=0 ";
        return r.trim();
    }

    static String cmpLong(long a, long b) {
        return (a < b ? "lt" : a > b ? "gt" : "eq") + (a <= b ? " le" : "") + (a >= b ? " ge" : "") + (a != b ? " ne" : "");
    }

    static String cmpRef(Object a, Object b) {
        return (a == b ? "same" : "different") + (a == null ? " a-null" : "") + (b != null ? " b-nonnull" : "");
    }

    static String grade(int score) {
        if (score >= 90) return "A";
        else if (score >= 80) return "B";
        else if (score >= 70) return "C";
        else if (score >= 60) return "D";
        else return "F";
    }

    static String sign(double d) {
        return d > 0 ? "positive" : d < 0 ? "negative" : d == 0 ? (1 / d > 0 ? "+zero" : "-zero") : "NaN";
    }

    static int max3(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    public static void main(String[] args) {
        int[] vals = { Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE };
        for (int a : vals) for (int b : vals) System.out.println(a + " ? " + b + ": " + cmpInt(a, b));
        long[] lvals = { Long.MIN_VALUE, -1L, 0L, 0x100000000L, Long.MAX_VALUE };
        for (long a : lvals) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (long b : lvals) sb.append(" [").append(cmpLong(a, b)).append(']');
            System.out.println(sb);
        }
        Object o1 = new Object(), o2 = new Object();
        String s1 = "x";
        System.out.println(cmpRef(o1, o1) + " | " + cmpRef(o1, o2) + " | " + cmpRef(null, null) + " | " + cmpRef(null, s1));
        for (int sc = 55; sc <= 100; sc += 9) System.out.print(sc + "=" + grade(sc) + " ");
        System.out.println();
        for (double d : new double[] { 1.5, -2, 0.0, -0.0, Double.NaN }) System.out.print(sign(d) + " ");
        System.out.println();
        System.out.println("max3 " + max3(1, 2, 3) + " " + max3(3, 2, 1) + " " + max3(2, 3, 1) + " " + max3(-5, -5, -5));
        boolean flag = false;
        if (!flag) System.out.println("not flag");
        flag = !flag;
        if (flag && !false) System.out.println("flag now true");
        int x = 7;
        String parity = (x & 1) == 0 ? "even" : "odd";
        String size = x > 5 ? x > 10 ? "large" : "medium" : "small";
        System.out.println(parity + " " + size);
        Integer boxed = null;
        String r = boxed == null ? "null-boxed" : "value " + boxed;
        System.out.println(r);
        char c = 'm';
        System.out.println(c >= 'a' && c <= 'z' ? "lower" : "not lower");
        float f = 0.1f;
        double d = 0.1;
        System.out.println("float vs double 0.1: " + (f == d) + " " + (f > d) + " " + ((double) f) + " " + (f == (float) d));
        long big = 1L << 53;
        System.out.println("long vs double: " + (big == (double) big) + " " + (big + 1 == (double) (big + 1)) + " "
                + ((double) (big + 1) == (double) big));
    }
}
