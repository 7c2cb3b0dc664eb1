// Many concatenation shapes: objects with toString, throwing toString, arrays, long chains, nesting.
import java.util.*;

public class ConcatShapes {
    static class P {
        final int x;
        P(int x) { this.x = x; }
        @Override public String toString() { return "P(" + x + ")"; }
    }
    static class NullToString {
        @Override public String toString() { return null; }
    }
    static class Bad {
        @Override public String toString() { throw new IllegalStateException("boom " + 42); }
    }
    enum Color { RED, GREEN }

    static String many(int a, long b, double c, String d, char e, float f, boolean g, Object h, short i, byte j) {
        return a + "," + b + "," + c + "," + d + "," + e + "," + f + "," + g + "," + h + "," + i + "," + j;
    }

    public static void main(String[] args) {
        System.out.println("p=" + new P(3) + " list=" + List.of(1, 2, 3) + " map=" + Map.of("k", 1));
        System.out.println("nullToString=" + new NullToString());
        try {
            System.out.println("bad=" + new Bad());
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("enum " + Color.RED + Color.GREEN.ordinal());
        System.out.println(many(1, 2L, 3.0, "four", '5', 6f, true, null, (short) 9, (byte) 10));
        String acc = "";
        for (int k = 0; k < 5; k++) acc = acc + k + (k % 2 == 0 ? "e" : "o");
        System.out.println(acc);
        String a = "a", b = "b";
        System.out.println(a + (b + (a + (b + 1))));
        System.out.println(("(" + a + ")").length() + "" + (a + b).toUpperCase());
        int[] arr = {1, 2};
        System.out.println("arr len " + arr.length + " first " + arr[0] + " str " + Arrays.toString(arr));
        Object[] objs = {null, "s", 1};
        System.out.println("objs " + objs[0] + objs[1] + objs[2]);
        // Long concatenation: over 100 operands
        int v = 7;
        String big = v + "a" + v + "b" + v + "c" + v + "d" + v + "e" + v + "f" + v + "g" + v + "h" + v + "i" + v
                + "j" + v + "k" + v + "l" + v + "m" + v + "n" + v + "o" + v + "p" + v + "q" + v + "r" + v + "s"
                + v + "t" + v + "u" + v + "v" + v + "w" + v + "x" + v + "y" + v + "z";
        System.out.println(big);
        long w = 1L << 40;
        String wide = "" + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w
                + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w
                + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w
                + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w
                + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w
                + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w + w;
        System.out.println(wide.length() + " " + wide.substring(0, 30));
        StringBuilder sb = new StringBuilder();
        sb.append("x" + 1).append('y' + "z");
        System.out.println(sb);
        String s = null;
        s += "tail";
        System.out.println(s);
        char ch = 'A';
        ch += 1;
        System.out.println("ch " + ch);
        Object o = "str";
        System.out.println(o + "!" + (o == null));
        System.out.println(String.join("-", "a" + 1, "b" + 2.5, "c" + 'c'));
        System.out.println("ternary " + (v > 3 ? "big" : v) + (v < 3 ? 1 : 2.0));
    }
}
