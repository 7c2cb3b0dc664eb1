// String concatenation (StringConcatFactory) of every primitive type, null, char and mixed shapes.
public class ConcatPrimitives {
    static String s(Object o) { return "<" + o + ">"; }

    public static void main(String[] args) {
        boolean z = true; byte b = -7; short sh = 300; char c = 'q'; int i = -123456;
        long l = 9_000_000_000_123L; float f = 1.5f; double d = -2.25e-7;
        System.out.println("boolean " + z + " " + !z);
        System.out.println("byte " + b + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println("short " + sh + " " + Short.MIN_VALUE);
        System.out.println("char " + c + " " + (char) 0x263A + " ");
        System.out.println("int " + i + " " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE);
        System.out.println("long " + l + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println("float " + f + " " + Float.NaN + " " + Float.MIN_VALUE + " " + -0.0f + " " + 1e10f);
        System.out.println("double " + d + " " + Double.POSITIVE_INFINITY + " " + Double.MAX_VALUE + " " + 100.0);
        String n = null; Object o = null; Integer boxed = null;
        System.out.println("null " + n + " " + o + " " + boxed);
        System.out.println(n + n);
        System.out.println(c + "" + c);
        System.out.println("" + c + 1);
        System.out.println(c + 1 + "!");
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(z + "" + b + sh + c + i + l + f + d);
        System.out.println(l + "" + l + l);
        System.out.println(d + "|" + f + "|" + i + "|" + c + "|" + sh + "|" + b + "|" + z);
        String x = "x";
        x += i; x += l; x += c; x += d; x += null; x += z;
        System.out.println(x);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder " + sb + " " + new int[0].length + " " + (Object) "obj");
        System.out.println("unicode é ü → " + "日本語" + c + '\u00e9');
        System.out.println("tags \u0001 and \u0002 in a constant: " + i + "\u0001" + "\u0002" + l);
        System.out.println(s(i) + s(n) + s(c));
        char[] chars = {'a', 'b'};
        System.out.println("chars " + String.valueOf(chars) + chars.length);
        Long L = 5L; Character C = 'C'; Boolean Z = false; Double D = 0.1;
        System.out.println("boxes " + L + C + Z + D);
        for (int k = 0; k < 3; k++) System.out.println("loop " + k + ":" + (k * 1.5) + ":" + (char) ('a' + k));
        final String constant = "const";
        System.out.println(constant + "ant" + 1);
        System.out.println(Integer.toString(i) + Long.toString(l));
        System.out.println("" + Float.intBitsToFloat(0x7f7fffff) + " " + 3.0e-45f + " " + 1.0E7 + " " + 0.001);
    }
}
