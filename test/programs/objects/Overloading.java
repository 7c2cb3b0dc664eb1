public class Overloading {
    static String f(Object o) { return "f(Object)"; }
    static String f(String s) { return "f(String)"; }
    static String f(Integer i) { return "f(Integer)"; }
    static String f(int i) { return "f(int)"; }
    static String f(long l) { return "f(long)"; }
    static String f(int... xs) { return "f(int...)" + xs.length; }

    static String g(long l) { return "g(long)"; }
    static String g(Integer i) { return "g(Integer)"; }
    static String g(Object o) { return "g(Object)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(Object... os) { return "h(Object...)" + (os == null ? "null" : String.valueOf(os.length)); }

    static String k(CharSequence cs) { return "k(CharSequence)"; }
    static String k(Comparable<?> c) { return "k(Comparable)"; }
    static String k(String s) { return "k(String)"; }

    static String n(double d) { return "n(double)"; }
    static String n(float f) { return "n(float)"; }

    static String q(Number n) { return "q(Number)"; }
    static String q(Long l) { return "q(Long)"; }

    static class A {
        String m(A a) { return "A.m(A)"; }
        String m(B b) { return "A.m(B)"; }
    }

    static class B extends A {
        @Override String m(A a) { return "B.m(A)"; }
        @Override String m(B b) { return "B.m(B)"; }
    }

    public static void main(String[] args) {
        byte b = 1;
        char c = 'c';
        System.out.println(f("s") + " " + f(1) + " " + f(1L) + " " + f(b) + " " + f(c) + " " + f(Integer.valueOf(1)) + " "
                + f((Object) "s") + " " + f() + " " + f(1, 2) + " " + f(1.5) + " " + f((String) null));
        System.out.println(g(1) + " " + g(Integer.valueOf(1)) + " " + g("x") + " " + g('c'));
        System.out.println(h("a") + " " + h("a", "b") + " " + h() + " " + h((Object[]) null) + " " + h((Object) null) + " "
                + h((Object[]) new String[] { "x", "y", "z" }) + " " + h((Object) new String[] { "x" }));
        System.out.println(k("s") + " " + k((CharSequence) new StringBuilder()) + " " + k(5));
        System.out.println(n(1) + " " + n(1L) + " " + n(1f) + " " + n(1d));
        System.out.println(q(1L) + " " + q(1) + " " + q(1.0));
        A ab = new B();
        A aa = new A();
        B bb = new B();
        // overload chosen at compile time by static type, override at run time
        System.out.println(aa.m(aa) + " " + aa.m(bb) + " " + ab.m(aa) + " " + ab.m(bb) + " " + ab.m(ab) + " " + bb.m((A) bb));
    }
}
