public class IntDivRem {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }

    public static void main(String[] args) {
        int[] as = { 0, 1, -1, 7, -7, 13, -13, 100, -100, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1 };
        int[] bs = { 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int a : as) {
            for (int b : bs) {
                System.out.println(a + " / " + b + " = " + div(a, b) + ", " + a + " % " + b + " = " + rem(a, b)
                        + ", floorDiv = " + Math.floorDiv(a, b) + ", floorMod = " + Math.floorMod(a, b));
            }
        }
        System.out.println("MIN / -1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Integer.MIN_VALUE, -1));
        for (int a : as) {
            try {
                System.out.println("div " + div(a, 0));
            } catch (ArithmeticException e) {
                System.out.println(a + " / 0 -> " + e.getMessage() + " [" + e + "]");
            }
            try {
                System.out.println("rem " + rem(a, 0));
            } catch (ArithmeticException e) {
                System.out.println(a + " % 0 -> " + e.getMessage());
            }
        }
        try {
            System.out.println(Math.floorDiv(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv by zero: " + e.getMessage());
        }
        // division by a constant (javac does not fold with variables)
        int v = -17;
        System.out.println(v / 4 + " " + v % 4 + " " + v / -4 + " " + v % -4 + " " + (v >> 2) + " " + (v >>> 28));
        // byte/short/char division promotes to int
        byte bb = -128;
        short ss = -32768;
        char cc = 65535;
        System.out.println(bb / -1 + " " + ss / -1 + " " + cc / 2 + " " + cc % 7);
    }
}
