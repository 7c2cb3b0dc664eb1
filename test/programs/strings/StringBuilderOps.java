public class StringBuilderOps {
    static class Thing {
        public String toString() { return "Thing!"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(' ').append('c').append(' ').append((byte) -5).append(' ').append((short) 300).append(' ')
                .append(42).append(' ').append(-7L).append(' ').append(1.5f).append(' ').append(2.25).append(' ').append("str")
                .append(' ').append((Object) null).append(' ').append((String) null).append(' ').append(new char[] { 'x', 'y' })
                .append(' ').append(new Thing()).append(' ').append(new StringBuilder("sb")).append(' ')
                .append("abcdef", 1, 3).append(' ').append(new char[] { 'p', 'q', 'r' }, 1, 2).append(' ').appendCodePoint(0x41);
        System.out.println(sb + " | length " + sb.length());
        StringBuilder b = new StringBuilder("0123456789");
        b.insert(0, "start-").insert(b.length(), "-end").insert(8, 3.5).insert(3, true).insert(1, 'C').insert(2, new char[] { '!' });
        System.out.println(b);
        b.delete(0, 5).deleteCharAt(0).replace(2, 6, "REPLACED");
        System.out.println(b);
        b.setCharAt(0, '#');
        b.setLength(10);
        System.out.println(b + " length " + b.length());
        b.setLength(12);
        System.out.println("padded with NUL: " + (int) b.charAt(11) + " length " + b.length());
        StringBuilder r = new StringBuilder("abc\uD83D\uDE00def");
        r.reverse();
        System.out.println("reverse keeps surrogate order: " + Integer.toHexString(r.charAt(3)) + " " + Integer.toHexString(r.charAt(4))
                + " " + r.length());
        System.out.println("reverse ascii: " + new StringBuilder("racecar!").reverse());
        StringBuilder idx = new StringBuilder("abcabcabc");
        System.out.println("indexOf " + idx.indexOf("bc") + " " + idx.indexOf("bc", 2) + " lastIndexOf " + idx.lastIndexOf("abc")
                + " charAt " + idx.charAt(4) + " substring " + idx.substring(3) + " " + idx.substring(2, 5));
        StringBuilder grow = new StringBuilder(2);
        for (int i = 0; i < 1000; i++) grow.append(i % 10);
        System.out.println("grown length " + grow.length() + " capacity >= length " + (grow.capacity() >= grow.length())
                + " hash of content " + grow.toString().hashCode());
        StringBuffer buf = new StringBuffer("sync");
        buf.append(1).insert(0, '[').append(']').reverse();
        System.out.println("StringBuffer " + buf);
        System.out.println("compareTo " + new StringBuilder("a").compareTo(new StringBuilder("b")) + " chars sum "
                + charSum(new StringBuilder("hello")));
        try {
            new StringBuilder("abc").insert(10, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert out of range: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength(-1): " + e.getMessage());
        }
        try {
            new StringBuilder("abc").delete(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("delete(2,1): " + e.getMessage());
        }
        String concat = "";
        for (int i = 0; i < 10; i++) concat += i + ",";
        System.out.println("+= concat " + concat);
        char c = 'x';
        int n = 5;
        System.out.println("" + c + n + " vs " + (c + n) + " " + 1 + 2 + " " + (1 + 2) + " " + null + " " + 1.0f + " " + 'a' + 'b'
                + " " + ('a' + 'b'));
    }

    static int charSum(CharSequence cs) {
        int s = 0;
        for (int i = 0; i < cs.length(); i++) s += cs.charAt(i);
        return s;
    }
}
