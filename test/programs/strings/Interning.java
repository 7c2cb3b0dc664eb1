public class Interning {
    static final String CONST = "hel" + "lo";
    static String nonConst = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String d = c.intern();
        final String fin = "hel";
        String e = fin + "lo"; // constant expression
        String f = nonConst + "lo"; // runtime concatenation
        System.out.println("literal == literal: " + (a == b));
        System.out.println("literal == new String: " + (a == c));
        System.out.println("literal == intern: " + (a == d));
        System.out.println("literal == CONST: " + (a == CONST));
        System.out.println("literal == final concat: " + (a == e));
        System.out.println("literal == runtime concat: " + (a == f));
        System.out.println("literal == runtime concat interned: " + (a == f.intern()));
        System.out.println("equals all: " + (a.equals(c) && a.equals(e) && a.equals(f)));
        System.out.println("Other class literal: " + (a == Other.HELLO) + " " + (a == Other.get()));
        String x = new StringBuilder("fresh").append("Value").toString();
        String xi = x.intern();
        System.out.println("intern of a runtime string matches the literal: " + ("freshValue" == xi) + " equals: " + x.equals(xi));
        String num = String.valueOf(12345);
        System.out.println("valueOf not interned: " + (num == "12345") + " interned: " + (num.intern() == "12345"));
        System.out.println("empty: " + ("" == new String("").intern()) + " " + ("".isEmpty()));
        String s1 = "a" + 1 + 2;
        String s2 = "a12";
        System.out.println("constant folded with numbers: " + (s1 == s2));
        char[] arr = { 'h', 'e', 'l', 'l', 'o' };
        System.out.println("from char[]: " + (new String(arr) == a) + " " + (new String(arr).intern() == a));
        String sub = "xhello".substring(1);
        System.out.println("substring: " + (sub == a) + " " + sub.equals(a) + " " + (sub.intern() == a));
        System.out.println("switch on interned " + pick(c));
    }

    static int pick(String s) {
        switch (s) {
            case "hello": return 1;
            default: return 0;
        }
    }

    static class Other {
        static final String HELLO = "hello";
        static String get() { return "hel" + "lo"; }
    }
}
