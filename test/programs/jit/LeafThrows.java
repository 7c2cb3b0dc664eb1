// Small methods that can throw (a null field owner or array, a bad index, division by zero, a failed cast)
// run without a frame of their own once translated; an exception they throw must still show them, at the
// right line, under the right caller line, with HotSpot's helpful NullPointerException message. They are
// called statically, virtually, through an interface and from the interpreter, then made to throw.
import java.util.ArrayList;
import java.util.List;

public class LeafThrows {
    static final class Box {
        int value;
        Box(int v) { value = v; }
    }

    interface Getter { int get(Box b); }

    // Constructors that only store fields, through a chain of super constructors: frameless leaves.
    static class Point {
        final int x;
        final long y;
        Point(int x, long y) { this.x = x; this.y = y; }
        private int twiceX() { return x * 2; }
        final int sum() { return twiceX() + (int) y; }
    }

    static final class Point3 extends Point {
        final double z;
        Point3(int x, long y, double z) { super(x, y); this.z = z; }
    }

    static void setValue(Box b, int v) { b.value = v; }
    static Box boxOf(int v) { return new Box(v); }
    static void put(Object[] a, int i, Object v) { a[i] = v; }
    static void putInt(int[] a, int i, int v) { a[i] = v; }
    static int sumOf(Point p) { return p.sum(); }

    static class Plain implements Getter {
        public int get(Box b) { return b.value; }
    }

    static class Twice extends Plain {
        public int get(Box b) { return b.value * 2; }
    }

    static int valueOf(Box b) { return b.value; }
    static int at(int[] a, int i) { return a[i]; }
    static long longAt(long[] a, int i) { return a[i]; }
    static int length(Object[] a) { return a.length; }
    static int quotient(int a, int b) { return a / b; }
    static long remainder(long a, long b) { return a % b; }
    static String asString(Object o) { return (String) o; }
    static boolean isString(Object o) { return o instanceof String; }
    static int sumOfTwo(Box a, Box b) { return valueOf(a) + b.value; }

    static void report(String what, Throwable t) {
        System.out.println(what + ": " + t);
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(3, trace.length); i++) System.out.println("    at " + trace[i]);
    }

    // Runs once, so it stays interpreted: the interpreter calls the translated, frameless leaves.
    static void fromInterpreter(Box one, Getter g) {
        try { valueOf(null); } catch (NullPointerException e) { report("interpreted valueOf", e); }
        try { g.get(null); } catch (NullPointerException e) { report("interpreted get", e); }
        try { at(new int[0], 0); } catch (ArrayIndexOutOfBoundsException e) { report("interpreted at", e); }
        System.out.println("interpreted " + valueOf(one));
    }

    public static void main(String[] args) {
        Box one = new Box(1);
        int[] ints = {1, 2, 3};
        long[] longs = {1L << 40, -5L};
        Object[] objs = new Object[4];
        Getter[] getters = {new Plain(), new Twice()};
        long sum = 0;
        // Warm up: hot enough to be translated in the tiered mode.
        for (int i = 0; i < 3000; i++) {
            sum += valueOf(one) + at(ints, i % 3) + longAt(longs, i & 1) + length(objs) + quotient(i, 7);
            sum += remainder(i, 5) + asString("s").length() + (isString(i) ? 1 : 0) + sumOfTwo(one, one);
            sum += getters[i & 1].get(one);
            Point3 p = new Point3(i, 1L << 33, 0.5);
            setValue(one, 1);
            sum += boxOf(i).value;
            put(objs, i & 3, one);
            putInt(ints, i % 3, ints[(i + 1) % 3] + 1);
            sum += sumOf(p) + (long) p.z + p.y;
        }
        System.out.println("sum " + sum);
        fromInterpreter(one, getters[1]);
        try { valueOf(null); } catch (NullPointerException e) { report("valueOf", e); }
        try { at(null, 0); } catch (NullPointerException e) { report("at null", e); }
        try { at(ints, 3); } catch (ArrayIndexOutOfBoundsException e) { report("at 3", e); }
        try { at(ints, -1); } catch (ArrayIndexOutOfBoundsException e) { report("at -1", e); }
        try { longAt(longs, 2); } catch (ArrayIndexOutOfBoundsException e) { report("longAt", e); }
        try { length(null); } catch (NullPointerException e) { report("length", e); }
        try { quotient(1, 0); } catch (ArithmeticException e) { report("quotient", e); }
        try { remainder(1, 0); } catch (ArithmeticException e) { report("remainder", e); }
        try { asString(one); } catch (ClassCastException e) { report("asString", e); }
        try { sumOfTwo(one, null); } catch (NullPointerException e) { report("sumOfTwo b", e); }
        try { sumOfTwo(null, one); } catch (NullPointerException e) { report("sumOfTwo a", e); }
        try { put(new String[1], 0, one); } catch (ArrayStoreException e) { report("put ase", e); }
        try { put(objs, 4, one); } catch (ArrayIndexOutOfBoundsException e) { report("put 4", e); }
        try { put(null, 0, one); } catch (NullPointerException e) { report("put null", e); }
        try { putInt(ints, -2, 1); } catch (ArrayIndexOutOfBoundsException e) { report("putInt", e); }
        try { setValue(null, 2); } catch (NullPointerException e) { report("setValue", e); }
        try { sumOf(null); } catch (NullPointerException e) { report("sumOf", e); }
        for (Getter g : getters) {
            try { g.get(null); } catch (NullPointerException e) { report("get", e); }
        }
        // A caught exception's handler in the caller, then normal use again.
        int caught = 0;
        for (int i = 0; i < 2000; i++) {
            try {
                sum += at(ints, i % 4);
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught + " sum " + sum);
        List<Box> boxes = new ArrayList<>();
        boxes.add(one);
        boxes.add(null);
        try {
            for (Box b : boxes) sum += valueOf(b);
        } catch (NullPointerException e) {
            report("loop", e);
        }
        // Uncaught: the VM's own report of the stack trace.
        valueOf(null);
    }
}
