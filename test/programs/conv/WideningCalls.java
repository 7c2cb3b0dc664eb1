public class WideningCalls {
    static String m(int x) { return "int:" + x; }
    static String m(long x) { return "long:" + x; }
    static String m(float x) { return "float:" + x; }
    static String m(double x) { return "double:" + x; }
    static String m(Object x) { return "Object:" + x; }

    static String n(long x) { return "long:" + x; }
    static String n(double x) { return "double:" + x; }

    static String o(double x) { return "double:" + x; }
    static String o(Integer x) { return "Integer:" + x; }

    static String p(Object x) { return "Object:" + x + "/" + x.getClass().getSimpleName(); }

    static double takeDouble(double d) { return d; }
    static float takeFloat(float f) { return f; }
    static long takeLong(long l) { return l; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        int i = 4;
        long l = 5;
        float f = 6.5f;
        double d = 7.25;
        System.out.println(m(b) + " " + m(s) + " " + m(c) + " " + m(i) + " " + m(l) + " " + m(f) + " " + m(d) + " " + m("s"));
        System.out.println(n(b) + " " + n(s) + " " + n(c) + " " + n(i) + " " + n(l) + " " + n(f) + " " + n(d));
        System.out.println(o(i) + " " + o(Integer.valueOf(9)) + " " + o(l));
        System.out.println(p(b) + " " + p(s) + " " + p(c) + " " + p(i) + " " + p(l) + " " + p(f) + " " + p(d) + " " + p(true));
        System.out.println(takeDouble(Long.MAX_VALUE) + " " + takeFloat(Long.MAX_VALUE) + " " + takeFloat(123456789) + " "
                + takeDouble(f) + " " + takeLong(c) + " " + takeDouble('A'));
        int[] arr = { 'a', 'b' };
        long[] larr = { 1, 'z', (byte) -1 };
        double[] darr = { 1, 2L, 3f, 'x' };
        System.out.println(arr[0] + " " + larr[1] + " " + larr[2] + " " + darr[3] + " " + darr[2]);
        // conditional expression typing
        Object t1 = true ? 1 : 2.0;
        Object t2 = true ? 'a' : 0;
        Object t3 = false ? 'a' : i;
        Object t4 = true ? (Integer) 1 : "s";
        Object t5 = true ? null : 0;
        long t6 = true ? 1 : 2L;
        System.out.println(t1 + "/" + t1.getClass().getSimpleName() + " " + t2 + "/" + t2.getClass().getSimpleName() + " " + t3
                + "/" + t3.getClass().getSimpleName() + " " + t4 + "/" + t4.getClass().getSimpleName() + " " + t5 + " " + t6);
    }
}
