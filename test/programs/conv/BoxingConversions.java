public class BoxingConversions {
    public static void main(String[] args) {
        Number[] nums = { Integer.valueOf(-7), Long.valueOf(1L << 40), Double.valueOf(-2.75), Float.valueOf(1e10f),
                Short.valueOf((short) -300), Byte.valueOf((byte) -1), Double.valueOf(Double.NaN), Double.valueOf(1e20),
                Float.valueOf(Float.NEGATIVE_INFINITY) };
        for (Number n : nums) {
            System.out.println(n.getClass().getName() + " " + n + ": int=" + n.intValue() + " long=" + n.longValue()
                    + " float=" + n.floatValue() + " double=" + n.doubleValue() + " short=" + n.shortValue() + " byte="
                    + n.byteValue());
        }
        Integer a = 5;
        int b = a + 3;
        Integer c = a * 2;
        Long d = 7L;
        long e = d + a;
        Double f = 1.0 * a;
        Character ch = 'q';
        int chi = ch + 1;
        Boolean bo = !Boolean.TRUE;
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + ch + " " + chi + " " + bo);
        Object o = 42;
        Object p = 42L;
        Object q = 4.2f;
        Object r = 'c';
        Object s = (byte) 1;
        Object t = (short) 2;
        Object u = true;
        Object[] objs = { o, p, q, r, s, t, u };
        for (Object x : objs) System.out.println(x + " is " + x.getClass().getName());
        System.out.println("compareTo: " + Integer.valueOf(3).compareTo(7) + " " + Double.valueOf(Double.NaN).compareTo(1.0) + " "
                + Boolean.TRUE.compareTo(false) + " " + Character.valueOf('b').compareTo('a'));
        System.out.println("sum/max/min: " + Integer.sum(3, 4) + " " + Long.max(3, 9) + " " + Double.min(-0.0, 0.0) + " "
                + Float.sum(0.1f, 0.2f));
        System.out.println("Boolean: " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " "
                + Boolean.valueOf("true") + " " + Boolean.logicalXor(true, false) + " " + Boolean.toString(false));
        Integer big1 = 1000, big2 = 1000;
        System.out.println("equals " + big1.equals(big2) + " intValue == " + (big1.intValue() == big2.intValue())
                + " Long.equals(Integer) " + Long.valueOf(5).equals(5) + " " + Long.valueOf(5).equals(5L));
    }
}
