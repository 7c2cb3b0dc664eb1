import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.atomic.LongAdder;

/**
 * Unsafe's int, long and reference accesses, compare-and-set, compare-and-exchange, get-and-add and
 * get-and-set, run hot enough to be translated (tsjvm runs them as intrinsics then) on every kind of base:
 * instance fields (atomics, field updaters, VarHandles), static fields (VarHandles: the base is the
 * class), int[], long[] and Object[] elements, and values whose long arithmetic carries between words.
 */
public class AtomicAccess {
    volatile int count;
    volatile long total;
    volatile String name = "start";
    static volatile long staticTotal;
    static volatile int staticCount;
    static volatile Object staticRef;

    static final AtomicIntegerFieldUpdater<AtomicAccess> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(AtomicAccess.class, "count");
    static final AtomicLongFieldUpdater<AtomicAccess> TOTAL = AtomicLongFieldUpdater.newUpdater(AtomicAccess.class, "total");
    static final AtomicReferenceFieldUpdater<AtomicAccess, String> NAME =
            AtomicReferenceFieldUpdater.newUpdater(AtomicAccess.class, String.class, "name");
    static final VarHandle TOTAL_VH;
    static final VarHandle STATIC_TOTAL;
    static final VarHandle STATIC_COUNT;
    static final VarHandle STATIC_REF;
    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle OBJECTS = MethodHandles.arrayElementVarHandle(Object[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TOTAL_VH = l.findVarHandle(AtomicAccess.class, "total", long.class);
            STATIC_TOTAL = l.findStaticVarHandle(AtomicAccess.class, "staticTotal", long.class);
            STATIC_COUNT = l.findStaticVarHandle(AtomicAccess.class, "staticCount", int.class);
            STATIC_REF = l.findStaticVarHandle(AtomicAccess.class, "staticRef", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) {
        AtomicLong al = new AtomicLong(0xFFFFFFF0L); // low word about to carry into the high one
        AtomicInteger ai = new AtomicInteger(Integer.MAX_VALUE - 100);
        AtomicReference<String> ar = new AtomicReference<>("a");
        long check = 0;
        for (int i = 0; i < 30000; i++) {
            check += al.incrementAndGet() + al.getAndAdd(-3L * i) + al.addAndGet(0x100000000L);
            check ^= ai.getAndIncrement() + ai.addAndGet(i) + ai.getAndSet(ai.get() - 7);
            if (!al.compareAndSet(al.get(), al.get() ^ 0x5555_0000_AAAAL)) check += 999_999;
            if (al.compareAndSet(12345L, 1)) check -= 1;
            check += al.compareAndExchange(al.get(), -al.get()) + (al.weakCompareAndSetVolatile(0, 1) ? 7 : 0);
            String prev = ar.getAndSet(i % 3 == 0 ? "x" + i : ar.get());
            check += prev.length() + (ar.compareAndSet(prev, prev) ? 1 : 0) + ar.compareAndExchange("nope", "n").length();
            al.lazySet(al.getAcquire() + 1);
            ai.setRelease(ai.getOpaque() ^ 0x55);
        }
        System.out.println("atomics " + al.get() + " " + ai.get() + " " + ar.get() + " " + check);

        AtomicAccess o = new AtomicAccess();
        for (int i = 0; i < 30000; i++) {
            COUNT.addAndGet(o, i);
            TOTAL.getAndAdd(o, 0x7FFFFFFFL + i);
            TOTAL.compareAndSet(o, -1L, 5L);
            NAME.accumulateAndGet(o, "s", (a, b) -> a.length() > 20 ? b : a + b);
            TOTAL_VH.getAndAdd(o, -1L);
            long seen = (long) TOTAL_VH.getVolatile(o);
            TOTAL_VH.compareAndSet(o, seen, seen + 2);
            STATIC_TOTAL.getAndAdd(3L * i - 0x80000000L);
            STATIC_COUNT.getAndAdd(i);
            STATIC_COUNT.compareAndExchange((int) STATIC_COUNT.getVolatile(), (int) STATIC_COUNT.getVolatile() + 1);
            STATIC_REF.getAndSet(i % 2 == 0 ? "even" : Integer.valueOf(i));
        }
        System.out.println("fields " + o.count + " " + o.total + " " + o.name + " " + staticTotal + " " + staticCount
                + " " + staticRef);

        AtomicIntegerArray ia = new AtomicIntegerArray(33);
        AtomicLongArray la = new AtomicLongArray(17);
        AtomicReferenceArray<Integer> ra = new AtomicReferenceArray<>(9);
        long[] longs = new long[5];
        int[] ints = new int[5];
        Object[] objects = new Object[5];
        for (int i = 0; i < 30000; i++) {
            ia.getAndAdd(i % 33, i);
            ia.compareAndSet((i + 1) % 33, ia.get((i + 1) % 33), -i);
            la.addAndGet(i % 17, 0xFFFFFFFFL);
            la.getAndSet((i + 3) % 17, la.get((i + 3) % 17) ^ ((long) i << 33));
            ra.accumulateAndGet(i % 9, i, (a, b) -> a == null ? b : a + b);
            LONGS.getAndAdd(longs, i % 5, Long.MIN_VALUE + i);
            INTS.getAndBitwiseXor(ints, i % 5, i * 31);
            OBJECTS.compareAndSet(objects, i % 5, objects[i % 5], i % 7 == 0 ? null : "o" + (i % 11));
        }
        long sum = 0;
        for (int i = 0; i < 33; i++) sum = sum * 31 + ia.get(i);
        for (int i = 0; i < 17; i++) sum = sum * 31 + la.get(i);
        for (int i = 0; i < 9; i++) sum = sum * 31 + ra.get(i);
        for (int i = 0; i < 5; i++) sum = sum * 31 + longs[i] + ints[i] + String.valueOf(objects[i]).hashCode();
        System.out.println("arrays " + sum);

        ConcurrentHashMap<Integer, Integer> chm = new ConcurrentHashMap<>();
        LongAdder adder = new LongAdder();
        Random random = new Random(42);
        for (int i = 0; i < 30000; i++) {
            chm.merge(random.nextInt(500), 1, Integer::sum);
            adder.add(random.nextLong() >> 40);
        }
        long h = 0;
        for (int k = 0; k < 500; k++) h = h * 31 + chm.getOrDefault(k, 0);
        System.out.println("chm " + chm.size() + " " + h + " adder " + adder.sum() + " next " + random.nextLong());
    }
}
