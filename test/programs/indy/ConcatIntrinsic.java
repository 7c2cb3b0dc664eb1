// String concatenation corner cases that the VM's concatenation intrinsic must get exactly as the JDK's
// StringConcatFactory does: the order toString runs in, toString returning null or throwing (with the
// stack trace HotSpot shows), a new String every time, recipe constants holding the recipe's tag
// characters, every primitive's formatting, and a site hot enough to be translated.
public class ConcatIntrinsic {
    static final StringBuilder log = new StringBuilder();

    static final class Noisy {
        final String name;

        Noisy(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            log.append(name).append(';');
            return name;
        }
    }

    static final class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    static final class Throwing {
        @Override
        public String toString() {
            throw new IllegalStateException("toString failed");
        }
    }

    static int counter;

    static int next() {
        log.append("next").append(counter).append(';');
        return counter++;
    }

    public static void main(String[] args) {
        // Arguments are evaluated left to right, then converted to strings left to right.
        String s = new Noisy("a") + "-" + next() + "-" + new Noisy("b") + "-" + next() + "-" + new Noisy("c");
        System.out.println(s + " | " + log);

        Object none = null;
        String nullString = null;
        System.out.println("null object: " + none + ", null string: " + nullString + ", toString null: " + new NullToString());

        try {
            System.out.println("never " + new Throwing());
        } catch (IllegalStateException e) {
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println("caught " + e.getMessage());
            for (int i = 0; i < Math.min(4, trace.length); i++) {
                System.out.println("  at " + trace[i]);
            }
        }

        String x = "x";
        String one = x + 1;
        String two = x + 1;
        System.out.println("equal " + one.equals(two) + ", same " + (one == two) + ", interned same " + (one.intern() == two.intern()));
        String alone = "" + x;
        System.out.println("unary copy is new: " + (alone != x) + " " + alone);

        // Literal text holding the recipe's tag characters goes through recipe constants.
        System.out.println(("tag\u0001one\u0002two " + next() + " \u0001" + x).replace('\u0001', '1').replace('\u0002', '2'));

        byte b = -12;
        short sh = -1234;
        char c = '\u00e9';
        char high = '\ud83d';
        char low = '\ude00';
        long lmin = Long.MIN_VALUE;
        float f = 1.0e-5f;
        double d = -0.0;
        System.out.println("b=" + b + " sh=" + sh + " c=" + c + " pair=" + high + low + " t=" + true + " f=" + false);
        System.out.println("lmin=" + lmin + " lmax=" + Long.MAX_VALUE + " imin=" + Integer.MIN_VALUE);
        System.out.println("f=" + f + " " + Float.NaN + " " + Float.MIN_VALUE + " " + 100.0f + " " + 1.0e7f);
        System.out.println("d=" + d + " " + Double.NEGATIVE_INFINITY + " " + 0.1 + " " + 1.0e-300 + " " + 123456789.125);
        System.out.println("mixed " + 'q' + 1 + 2L + 3.0f + 4.0 + (Object) "o" + new int[0].length + "\u4e2d\u6587");

        // Hot enough to be translated; the result is checked, not printed each time.
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            String r = "i=" + i + ",sq=" + (long) i * i + ",h=" + (i % 7 == 0 ? null : Integer.toHexString(i));
            sum = sum * 31 + r.hashCode();
        }
        System.out.println("hot loop " + sum);
    }
}
