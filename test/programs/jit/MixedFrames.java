// Exceptions crossing translated and interpreted frames in both directions: the methods below become hot
// (and are translated) part-way through the loops, so early iterations run interpreted and later ones
// translated, with the throwing and catching frames on either side.
public class MixedFrames {
    static int depth(int n, int throwAt) {
        if (n == throwAt) throw new IllegalStateException("at " + n);
        return n == 0 ? 0 : 1 + depth(n - 1, throwAt);
    }

    static long catcher(int i) {
        try {
            return depth(20, i % 25);
        } catch (IllegalStateException e) {
            return -e.getMessage().length();
        } finally {
            counter++;
        }
    }

    static int counter;

    static int arrays(int i) {
        int[] a = new int[i % 7];
        try {
            return a[i % 9];
        } catch (ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    static String npe(Object o) {
        try {
            return o.toString();
        } catch (NullPointerException e) {
            return "npe";
        }
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 20000; i++) sum += catcher(i);
        System.out.println("sum " + sum + " counter " + counter);
        int s2 = 0;
        for (int i = 0; i < 20000; i++) s2 += arrays(i);
        System.out.println("arrays " + s2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String r = npe(i % 1000 == 0 ? null : Integer.valueOf(i));
            if (r.equals("npe")) sb.append(i).append(' ');
        }
        System.out.println("npes at " + sb);
        try {
            for (int i = 0; i < 100000; i++) {
                if (i == 99999) depth(30, 3);
            }
        } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(e.getMessage() + " top " + st[0].getMethodName() + ":" + st[0].getLineNumber() + " frames " + st.length);
        }
    }
}
