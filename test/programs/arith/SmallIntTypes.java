public class SmallIntTypes {
    static byte bField = 100;
    static short sField = 30000;
    static char cField = 'x';

    public static void main(String[] args) {
        byte b = 120;
        for (int i = 0; i < 12; i++) {
            b++;
            System.out.print(b + " ");
        }
        System.out.println();
        b = 0;
        b += 200;
        System.out.println("b += 200 -> " + b);
        b = -128;
        b--;
        System.out.println("-128-- -> " + b);
        b = (byte) 0xFF;
        System.out.println("0xFF byte = " + b + ", & 0xFF = " + (b & 0xFF) + ", >>> 4 = " + (b >>> 4) + ", (byte)(b>>>4) = "
                + (byte) (b >>> 4));
        short s = 32767;
        s++;
        System.out.println("32767++ (short) = " + s);
        s *= 3;
        System.out.println("short *= 3 -> " + s);
        s = (short) 70000;
        System.out.println("(short)70000 = " + s);
        char c = 'A';
        c += 2;
        System.out.println("'A' += 2 -> " + c + " (" + (int) c + ")");
        c = 0;
        c--;
        System.out.println("char 0-- = " + (int) c);
        c = 65535;
        c++;
        System.out.println("char 65535++ = " + (int) c);
        c = 'a';
        System.out.println("c + 1 = " + (c + 1) + ", (char)(c + 1) = " + (char) (c + 1) + ", c * 2 = " + c * 2);
        bField += 100;
        sField += 10000;
        cField *= 2;
        System.out.println("fields: " + bField + " " + sField + " " + (int) cField);
        byte[] bs = { 127, -128, 0 };
        bs[0]++;
        bs[1]--;
        bs[2] -= 129;
        System.out.println("byte array: " + bs[0] + " " + bs[1] + " " + bs[2]);
        short[] ss = { Short.MAX_VALUE };
        ss[0] += 1;
        char[] cs = { Character.MAX_VALUE };
        cs[0] += 2;
        System.out.println("short/char arrays: " + ss[0] + " " + (int) cs[0]);
        // mixed-type arithmetic
        byte x = 10;
        short y = 20;
        char z = 30;
        long l = x * y * z;
        float fl = x / 4;
        double d = z / 4.0;
        System.out.println(l + " " + fl + " " + d + " " + (x + y + z) + " " + (char) (x + y + z + 35));
        // compound ops with implicit casts and shifts
        int ii = 5;
        ii += 3.7;
        System.out.println("int += 3.7 -> " + ii);
        ii -= 0.5f;
        System.out.println("int -= 0.5f -> " + ii);
        long ll = 10;
        ll *= 2.5;
        System.out.println("long *= 2.5 -> " + ll);
        ii = 7;
        ii <<= 33L;
        System.out.println("int <<= 33L -> " + ii);
        char cc = 'z';
        cc >>= 1;
        System.out.println("'z' >>= 1 -> " + (int) cc);
        System.out.println("MIN/MAX: " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE
                + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
    }
}
