public class UnsignedOps {
    public static void main(String[] args) {
        int[] is = { 0, 1, -1, 2, -2, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x80000001, 1000000000, -1000000000 };
        for (int a : is) {
            System.out.println(a + ": u=" + Integer.toUnsignedString(a) + " ul=" + Integer.toUnsignedLong(a) + " hex="
                    + Integer.toUnsignedString(a, 16) + " b36=" + Integer.toUnsignedString(a, 36));
            for (int b : is) {
                if (b == 0) continue;
                System.out.println("  " + a + " ?u " + b + ": div=" + Integer.divideUnsigned(a, b) + " rem="
                        + Integer.remainderUnsigned(a, b) + " cmp=" + Integer.signum(Integer.compareUnsigned(a, b)));
            }
        }
        long[] ls = { 0L, 1L, -1L, 10L, -10L, Long.MAX_VALUE, Long.MIN_VALUE, 0xFFFFFFFFL, -0xFFFFFFFFL,
                1234567890123456789L, -1234567890123456789L };
        for (long a : ls) {
            System.out.println(a + ": u=" + Long.toUnsignedString(a) + " hex=" + Long.toUnsignedString(a, 16) + " oct="
                    + Long.toUnsignedString(a, 8) + " bin=" + Long.toBinaryString(a));
            for (long b : ls) {
                if (b == 0) continue;
                System.out.println("  " + a + " ?u " + b + ": div=" + Long.divideUnsigned(a, b) + " rem="
                        + Long.remainderUnsigned(a, b) + " cmp=" + Long.signum(Long.compareUnsigned(a, b)));
            }
        }
        String[] us = { "0", "4294967295", "2147483648", "18446744073709551615", "9223372036854775808" };
        for (String s : us) {
            try {
                System.out.println("parseUnsignedInt(" + s + ") = " + Integer.parseUnsignedInt(s));
            } catch (NumberFormatException e) {
                System.out.println("parseUnsignedInt(" + s + ") -> " + e.getMessage());
            }
            System.out.println("parseUnsignedLong(" + s + ") = " + Long.parseUnsignedLong(s));
        }
        try {
            Integer.divideUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by zero: " + e.getMessage());
        }
        try {
            Long.remainderUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("remainderUnsigned by zero: " + e.getMessage());
        }
        System.out.println(Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " "
                + Byte.toUnsignedLong((byte) 0x80));
    }
}
