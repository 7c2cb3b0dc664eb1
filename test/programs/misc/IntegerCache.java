public class IntegerCache {
    public static void main(String[] args) {
        int[] probes = { -129, -128, -1, 0, 1, 100, 127, 128, 129, 1000 };
        for (int p : probes) {
            Integer a = p, b = p;
            Integer c = Integer.valueOf(p), d = Integer.valueOf(p);
            System.out.println(p + ": autobox == " + (a == b) + ", valueOf == " + (c == d) + ", equals " + a.equals(b));
        }
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127 " + (l1 == l2) + " 128 " + (l3 == l4));
        Short s1 = 100, s2 = 100, s3 = 1000, s4 = 1000;
        System.out.println("Short 100 " + (s1 == s2) + " 1000 " + (s3 == s4));
        Byte b1 = (byte) -128, b2 = (byte) -128;
        System.out.println("Byte always cached " + (b1 == b2));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Character 'a' " + (c1 == c2) + " 0x100 " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean " + (t1 == t2) + " " + (t1 == Boolean.TRUE));
        Integer n1 = 127, n2 = 127;
        n1++;
        n2++;
        System.out.println("after ++ " + n1 + " " + (n1 == n2) + " " + n1.equals(n2));
        Integer big1 = new Integer(5), big2 = new Integer(5);
        System.out.println("new Integer distinct " + (big1 == big2) + " equals " + big1.equals(big2));
        Integer x = 1000;
        int y = 1000;
        System.out.println("mixed compare unboxes " + (x == y));
        Double d1 = 0.5, d2 = 0.5;
        System.out.println("Double not cached " + (d1 == d2) + " equals " + d1.equals(d2));
    }
}
