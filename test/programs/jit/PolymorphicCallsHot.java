import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.invoke.WrongMethodTypeException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signature-polymorphic calls made by a method once it is hot (translated after its call sites have
 * been linked by the interpreter): VarHandle accesses of fields and array elements of every kind,
 * MethodHandle.invokeExact of static, virtual and interface methods (linkToStatic, linkToVirtual,
 * linkToInterface), combinators (invokeBasic), MethodHandle.invoke with conversions, long arguments
 * and results through all of them, and their error paths: a null holder, a holder of the wrong class,
 * a null VarHandle or MethodHandle, a wrong method type, and an exception thrown by the target.
 * Also the atomics whose Unsafe natives run without a native frame.
 */
public class PolymorphicCallsHot {
    volatile long counter;
    volatile Object ref;
    volatile int n;
    volatile boolean flag;
    volatile byte small;
    volatile double real;
    static volatile String shared = "";
    static final int[] INTS = new int[8];
    static final long[] LONGS = new long[4];
    static final Object[] OBJECTS = new Object[3];

    interface Shape {
        long area(long scale);
    }

    static final class Square implements Shape {
        public long area(long scale) {
            return scale * scale;
        }
    }

    static final class Rect implements Shape {
        public long area(long scale) {
            return 2 * scale * scale + 1;
        }
    }

    static final VarHandle COUNTER, REF, N, FLAG, SMALL, REAL, SHARED, INT_ELEMS, LONG_ELEMS, OBJ_ELEMS;
    static final MethodHandle ADD_LONG, DESCRIBE, AREA, LENGTH_PLUS_ONE, THROWER, GENERIC_MAX;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            Class<?> c = PolymorphicCallsHot.class;
            COUNTER = l.findVarHandle(c, "counter", long.class);
            REF = l.findVarHandle(c, "ref", Object.class);
            N = l.findVarHandle(c, "n", int.class);
            FLAG = l.findVarHandle(c, "flag", boolean.class);
            SMALL = l.findVarHandle(c, "small", byte.class);
            REAL = l.findVarHandle(c, "real", double.class);
            SHARED = l.findStaticVarHandle(c, "shared", String.class);
            INT_ELEMS = MethodHandles.arrayElementVarHandle(int[].class);
            LONG_ELEMS = MethodHandles.arrayElementVarHandle(long[].class);
            OBJ_ELEMS = MethodHandles.arrayElementVarHandle(Object[].class);
            ADD_LONG = l.findStatic(c, "addLong", MethodType.methodType(long.class, long.class, int.class, long.class));
            DESCRIBE = l.findVirtual(c, "describe", MethodType.methodType(String.class, int.class));
            AREA = l.findVirtual(Shape.class, "area", MethodType.methodType(long.class, long.class));
            MethodHandle length = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
            MethodHandle plusOne = l.findStatic(c, "plusOne", MethodType.methodType(int.class, int.class));
            LENGTH_PLUS_ONE = MethodHandles.filterReturnValue(length, plusOne);
            THROWER = l.findStatic(c, "thrower", MethodType.methodType(void.class, int.class));
            GENERIC_MAX = l.findStatic(Math.class, "max", MethodType.methodType(long.class, long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new Error(e);
        }
    }

    static long addLong(long a, int b, long c) {
        return a + b * c;
    }

    String describe(int k) {
        return "d" + k;
    }

    static int plusOne(int x) {
        return x + 1;
    }

    static void thrower(int i) {
        if (i % 1000 == 999) throw new IllegalStateException("boom " + i);
    }

    static final Shape[] SHAPES = {new Square(), new Rect()};

    /** One round of every kind of call; translated once it has run 250 times. */
    static long step(PolymorphicCallsHot o, int i) throws Throwable {
        long sum = 0;
        sum += (long) COUNTER.getAndAdd(o, (long) i * 3_000_000_000L);
        Object cur = REF.getVolatile(o);
        if (REF.compareAndSet(o, cur, (Object) Integer.valueOf(i % 50))) sum += 1;
        sum += (int) N.getAndAdd(o, 2);
        FLAG.setVolatile(o, (i & 1) == 0);
        if ((boolean) FLAG.compareAndSet(o, (i & 1) == 0, (i & 2) == 0)) sum += 3;
        sum += (byte) SMALL.getAndAdd(o, (byte) 7);
        sum += (long) (double) REAL.getAndAdd(o, 0.5);
        String s = (String) SHARED.getAndSet("s" + (i % 10));
        sum += s.length();
        sum += (int) INT_ELEMS.getAndAdd(INTS, i & 7, i);
        long old = (long) LONG_ELEMS.getVolatile(LONGS, i & 3);
        if (LONG_ELEMS.compareAndSet(LONGS, i & 3, old, old + (long) i * 7_000_000_000L)) sum += 5;
        OBJ_ELEMS.setRelease(OBJECTS, i % 3, (Object) ("o" + i));
        sum += ((String) OBJ_ELEMS.getAcquire(OBJECTS, i % 3)).length();
        sum += (long) ADD_LONG.invokeExact(sum, i, 5_000_000_000L);
        sum += ((String) DESCRIBE.invokeExact(o, i)).length();
        sum += (long) AREA.invokeExact(SHAPES[i & 1], (long) i);
        sum += (int) LENGTH_PLUS_ONE.invokeExact("abc" + i);
        sum += (Long) GENERIC_MAX.invoke((Object) Long.valueOf(i), (long) (i ^ 5));
        THROWER.invokeExact(i);
        return sum;
    }

    /**
     * A NullPointerException the JVM raised itself: its helpful message and top frame in the first round,
     * which HotSpot interprets; later, only that it was thrown. Once HotSpot's C2 has compiled main (with
     * this method inlined) the message depends on its compilation: a preallocated exception without a
     * message (-XX:+OmitStackTraceInFastThrow), or the null check found inside an inlined invoker.
     */
    static String implicitNpe(NullPointerException e, int i) {
        return i == 0 ? e.getMessage() + " at " + e.getStackTrace()[0] : "thrown";
    }

    /** The error paths, printed when `print`; translated once it has run 250 times. */
    static void errors(PolymorphicCallsHot o, int i, boolean print) {
        VarHandle noHandle = i < 0 ? REF : null;
        MethodHandle noMethod = i < 0 ? DESCRIBE : null;
        try {
            REF.compareAndSet((PolymorphicCallsHot) null, (Object) null, (Object) "x");
        } catch (NullPointerException e) {
            if (print) System.out.println(i + " null holder: " + e.getMessage());
        }
        try {
            Object notHolder = "a string";
            REF.getVolatile(notHolder);
        } catch (ClassCastException e) {
            if (print) System.out.println(i + " wrong holder: " + e.getMessage());
        }
        try {
            INT_ELEMS.getAndAdd(INTS, 8, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            if (print) System.out.println(i + " element: " + e.getMessage());
        }
        try {
            Object got = noHandle.getVolatile(o);
            System.out.println("no NPE " + got);
        } catch (NullPointerException e) {
            if (print) System.out.println(i + " null VarHandle: " + implicitNpe(e, i));
        }
        try {
            String got = (String) noMethod.invokeExact(o, i);
            System.out.println("no NPE " + got);
        } catch (NullPointerException e) {
            if (print) System.out.println(i + " null MethodHandle: " + implicitNpe(e, i));
        } catch (Throwable t) {
            System.out.println("unexpected " + t);
        }
        try {
            Object r = DESCRIBE.invokeExact((Object) o, i);
            System.out.println("no WMTE " + r);
        } catch (WrongMethodTypeException e) {
            if (print) System.out.println(i + " wrong type: " + e.getMessage());
        } catch (Throwable t) {
            System.out.println("unexpected " + t);
        }
    }

    public static void main(String[] args) throws Throwable {
        PolymorphicCallsHot o = new PolymorphicCallsHot();
        long total = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                total += step(o, i);
            } catch (IllegalStateException e) {
                StringBuilder trace = new StringBuilder();
                for (StackTraceElement el : e.getStackTrace())
                    if (el.getClassName().startsWith("PolymorphicCallsHot"))
                        trace.append(' ').append(el.getMethodName()).append(':').append(el.getLineNumber());
                System.out.println(e.getMessage() + " at" + trace);
            }
            if (i % 5 == 0) errors(o, i, i % 1000 == 0 || i == 2995);
        }
        System.out.println("total " + total);
        System.out.println("fields " + o.counter + " " + o.ref + " " + o.n + " " + o.flag + " " + o.small + " " + o.real + " " + shared);
        System.out.println("ints " + java.util.Arrays.toString(INTS) + " longs " + java.util.Arrays.toString(LONGS));
        System.out.println("objects " + java.util.Arrays.toString(OBJECTS));

        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong(1L << 40);
        AtomicReference<String> ar = new AtomicReference<>("");
        for (int i = 0; i < 2000; i++) {
            ai.incrementAndGet();
            al.addAndGet(-(long) i * 1_000_000_007L);
            ar.accumulateAndGet("x", (a, b) -> a.length() > 5 ? b : a + b);
            if (!ai.compareAndSet(i + 1, i + 1)) System.out.println("cas failed at " + i);
            if (Thread.currentThread().getClass() != Thread.class) System.out.println("thread class");
            if (!String.class.isInstance(ar.get())) System.out.println("isInstance");
        }
        System.out.println("atomics " + ai.get() + " " + al.get() + " " + ar.get());
    }
}
