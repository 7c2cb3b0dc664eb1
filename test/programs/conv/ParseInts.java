public class ParseInts {
    static void pi(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") -> " + e);
        }
    }

    static void pl(String s, int radix) {
        try {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") = " + Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") -> " + e);
        }
    }

    public static void main(String[] args) {
        String[] ints = { "0", "-0", "+0", "42", "-42", "+42", "2147483647", "2147483648", "-2147483648", "-2147483649",
                "007", "1_000", "", "-", "+", " 1", "1 ", "abc", "12a", "99999999999" };
        for (String s : ints) pi(s, 10);
        pi("ff", 16);
        pi("-FF", 16);
        pi("7fffffff", 16);
        pi("80000000", 16);
        pi("zz", 36);
        pi("101", 2);
        pi("777", 8);
        pi("9", 8);
        pi("1", 1);
        pi("1", 37);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("parseInt(null) -> " + e);
        }
        String[] longs = { "0", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "123456789012", "1L", "" };
        for (String s : longs) pl(s, 10);
        pl("7fffffffffffffff", 16);
        pl("-8000000000000000", 16);
        pl("1y2p0ij32e8e7", 36);
        int[] xs = { 0, 1, -1, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int x : xs) {
            System.out.println(x + ": toString=" + Integer.toString(x) + " r2=" + Integer.toString(x, 2) + " r7="
                    + Integer.toString(x, 7) + " r16=" + Integer.toString(x, 16) + " r36=" + Integer.toString(x, 36)
                    + " r99=" + Integer.toString(x, 99) + " hex=" + Integer.toHexString(x) + " oct=" + Integer.toOctalString(x)
                    + " bin=" + Integer.toBinaryString(x));
        }
        long[] lxs = { 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, 0xCAFEBABEL };
        for (long x : lxs) {
            System.out.println(x + "L: r2=" + Long.toString(x, 2) + " r16=" + Long.toString(x, 16) + " r36=" + Long.toString(x, 36)
                    + " hex=" + Long.toHexString(x) + " oct=" + Long.toOctalString(x));
        }
        String[] decodes = { "0x1F", "#ff", "010", "-0x10", "+077", "0", "0X7FFFFFFF", "08" };
        for (String s : decodes) {
            try {
                System.out.println("decode(" + s + ") = " + Integer.decode(s) + " Long.decode=" + Long.decode(s));
            } catch (NumberFormatException e) {
                System.out.println("decode(" + s + ") -> " + e);
            }
        }
        System.out.println("valueOf: " + Integer.valueOf("123") + " " + Integer.valueOf("-7f", 16) + " " + Long.valueOf("99")
                + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("Byte.parseByte(128) -> " + e);
        }
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("Short.parseShort(40000) -> " + e);
        }
        System.out.println("Integer.MIN_VALUE string length " + String.valueOf(Integer.MIN_VALUE).length() + " Long "
                + String.valueOf(Long.MIN_VALUE).length());
    }
}
