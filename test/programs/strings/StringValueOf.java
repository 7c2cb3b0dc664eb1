public class StringValueOf {
    static class P {
        public String toString() { return "P-instance"; }
    }

    static class NullToString {
        public String toString() { return null; }
    }

    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false) + " " + String.valueOf('z') + " " + String.valueOf(-17) + " "
                + String.valueOf(Long.MIN_VALUE) + " " + String.valueOf(1.0f / 3) + " " + String.valueOf(2.0 / 3) + " "
                + String.valueOf(new char[] { 'c', 'h' }) + " " + String.valueOf((Object) null) + " " + String.valueOf(new P()));
        System.out.println(Integer.toString(255) + " " + Long.toString(-1) + " " + Double.toString(1e-5) + " " + Float.toString(1e5f)
                + " " + Boolean.toString(true) + " " + Character.toString('q') + " " + Short.toString((short) -1) + " "
                + Byte.toString((byte) 127));
        Object nul = null;
        String s = null;
        System.out.println("concat null: " + nul + " " + s + " " + (s + s) + " " + new NullToString());
        int i = 5;
        long l = 6;
        float f = 7.5f;
        double d = 8.25;
        boolean z = true;
        char c = 'c';
        byte b = -1;
        short sh = 300;
        System.out.println("mixed: " + i + l + f + d + z + c + b + sh);
        System.out.println(i + l + f + d + " <- arithmetic first, then: " + c + b);
        System.out.println(c + b + " " + (c + b) + " " + c + (char) (c + 1));
        String acc = "";
        acc += i;
        acc += 'x';
        acc += 1.5;
        acc += null;
        acc += true;
        acc += new int[] { 1 }.length;
        System.out.println("compound: " + acc);
        System.out.println("empty concat: [" + "" + "] " + ("" + 1 + 1) + " " + (1 + 1 + ""));
        char[] arr = { 'a', 'b' };
        System.out.println("char[] println: ");
        System.out.println(arr);
        System.out.print(arr);
        System.out.println();
        System.out.print('c');
        System.out.print(1);
        System.out.print(2L);
        System.out.print(1.5f);
        System.out.print(2.5);
        System.out.print(true);
        System.out.print((Object) "obj");
        System.out.print((String) null);
        System.out.println();
        System.out.println(1.0);
        System.out.println(1.0f);
        System.out.println('x');
        System.out.println(123L);
        System.out.println(false);
        System.out.println((Object) null);
        System.out.println();
        System.out.println("end");
    }
}
