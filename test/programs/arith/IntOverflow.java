public class IntOverflow {
    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 2, -2, 7, -7, 1000, 46341, -46341, 65536, 0x7fff, 0xffff,
                Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555,
                0xAAAAAAAA, 123456789 };
        for (int a : vals) {
            System.out.println("neg(" + a + ") = " + neg(a) + ", abs = " + Math.abs(a) + ", ~ = " + ~a);
            for (int b : vals) {
                System.out.println(a + " + " + b + " = " + add(a, b) + "; " + a + " - " + b + " = " + sub(a, b)
                        + "; " + a + " * " + b + " = " + mul(a, b));
            }
        }
        int x = Integer.MAX_VALUE;
        x++;
        System.out.println("MAX++ = " + x);
        x--;
        System.out.println("MIN-- = " + x);
        int y = Integer.MIN_VALUE;
        y += -1;
        System.out.println("MIN += -1 -> " + y);
        int z = 1;
        for (int i = 0; i < 40; i++) {
            z *= 3;
            System.out.println("3^" + (i + 1) + " (int) = " + z);
        }
        int h = 0;
        for (int i = 0; i < 100; i++) h = 31 * h + i;
        System.out.println("poly hash = " + h);
        // iinc with large constants (wide iinc)
        int w = 10;
        w += 1000;
        w -= 70000;
        w += 32767;
        w -= 32768;
        System.out.println("wide iinc = " + w);
    }
}
