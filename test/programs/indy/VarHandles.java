// VarHandles on instance and static fields and on array elements: plain, volatile, CAS, numeric and
// bitwise atomic updates.
import java.lang.invoke.*;
import java.util.*;

public class VarHandles {
    static class Holder {
        int i;
        long l;
        volatile double d;
        boolean z;
        byte b;
        char c;
        short s;
        float f;
        String ref = "init";
        final int fin = 1;
        static int si = 10;
        static Object sref;
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lk = MethodHandles.lookup();
        VarHandle I = lk.findVarHandle(Holder.class, "i", int.class);
        VarHandle L = lk.findVarHandle(Holder.class, "l", long.class);
        VarHandle D = lk.findVarHandle(Holder.class, "d", double.class);
        VarHandle Z = lk.findVarHandle(Holder.class, "z", boolean.class);
        VarHandle B = lk.findVarHandle(Holder.class, "b", byte.class);
        VarHandle C = lk.findVarHandle(Holder.class, "c", char.class);
        VarHandle S = lk.findVarHandle(Holder.class, "s", short.class);
        VarHandle F = lk.findVarHandle(Holder.class, "f", float.class);
        VarHandle R = lk.findVarHandle(Holder.class, "ref", String.class);
        VarHandle SI = lk.findStaticVarHandle(Holder.class, "si", int.class);
        VarHandle SR = lk.findStaticVarHandle(Holder.class, "sref", Object.class);
        Holder h = new Holder();
        I.set(h, 5);
        System.out.println((int) I.get(h) + " " + I.compareAndSet(h, 5, 6) + " " + I.compareAndSet(h, 5, 7) + " " + h.i);
        System.out.println((int) I.getAndAdd(h, 10) + " " + (int) I.getAndAddRelease(h, 1) + " " + (int) I.getAndSet(h, -1) + " " + h.i);
        System.out.println((int) I.getAndBitwiseOr(h, 0x10) + " " + (int) I.getAndBitwiseAnd(h, 0xff) + " " + (int) I.getAndBitwiseXor(h, 3) + " " + h.i);
        System.out.println((int) I.getVolatile(h) + " " + (int) I.getAcquire(h) + " " + (int) I.getOpaque(h));
        I.setVolatile(h, 1); I.setRelease(h, 2); I.setOpaque(h, 3);
        System.out.println(h.i + " " + (int) I.compareAndExchange(h, 3, 4) + " " + (int) I.compareAndExchange(h, 3, 5) + " " + h.i);
        System.out.println(I.weakCompareAndSetPlain(h, 4, 8) || h.i == 8);
        L.set(h, 1L << 40);
        System.out.println((long) L.getAndAdd(h, 5L) + " " + (long) L.get(h) + " " + L.compareAndSet(h, (1L << 40) + 5, -1L) + " " + h.l);
        D.set(h, 1.5);
        System.out.println((double) D.getAndAdd(h, 2.25) + " " + h.d + " " + D.compareAndSet(h, 3.75, 0.0) + " " + h.d);
        Z.set(h, true);
        System.out.println((boolean) Z.getAndSet(h, false) + " " + h.z + " " + (boolean) Z.getAndBitwiseOr(h, true) + " " + h.z);
        B.set(h, (byte) 127);
        System.out.println((byte) B.getAndAdd(h, (byte) 1) + " " + h.b);
        C.set(h, 'a');
        System.out.println((char) C.getAndAdd(h, (char) 2) + " " + h.c);
        S.set(h, (short) -5);
        System.out.println((short) S.compareAndExchange(h, (short) -5, (short) 300) + " " + h.s);
        F.set(h, 0.5f);
        System.out.println((float) F.getAndAdd(h, 0.25f) + " " + h.f);
        System.out.println(R.compareAndSet(h, "init", "next") + " " + (String) R.getAndSet(h, "last") + " " + h.ref);
        SI.set(20);
        System.out.println((int) SI.getAndAdd(5) + " " + Holder.si + " " + SI.compareAndSet(25, 30) + " " + (int) SI.get());
        SR.setVolatile("static ref");
        System.out.println(SR.get() + " " + SR.compareAndSet("static ref", 42) + " " + Holder.sref);
        VarHandle IA = MethodHandles.arrayElementVarHandle(int[].class);
        VarHandle LA = MethodHandles.arrayElementVarHandle(long[].class);
        VarHandle OA = MethodHandles.arrayElementVarHandle(String[].class);
        VarHandle DA = MethodHandles.arrayElementVarHandle(double[].class);
        int[] ia = new int[4];
        IA.set(ia, 2, 9);
        System.out.println((int) IA.getAndAdd(ia, 2, 1) + " " + IA.compareAndSet(ia, 2, 10, 11) + " " + Arrays.toString(ia));
        long[] la = new long[2];
        LA.setVolatile(la, 1, Long.MAX_VALUE);
        System.out.println((long) LA.getAndAdd(la, 1, 1L) + " " + Arrays.toString(la));
        String[] oa = {"a", "b"};
        System.out.println(OA.compareAndSet(oa, 0, "a", "z") + " " + (String) OA.getAndSet(oa, 1, "y") + " " + Arrays.toString(oa));
        double[] da = {1.0};
        System.out.println((double) DA.getAndAdd(da, 0, 0.5) + " " + da[0]);
        try {
            IA.get(ia, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            OA.set(oa, 0, (Object) Integer.valueOf(1));
        } catch (ClassCastException e) {
            System.out.println("CCE storing Integer into String[]");
        }
        try {
            I.get((Holder) null);
        } catch (NullPointerException e) {
            System.out.println("NPE on null holder");
        }
        VarHandle FIN = lk.findVarHandle(Holder.class, "fin", int.class);
        System.out.println((int) FIN.get(h));
        try {
            FIN.set(h, 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE on final field");
        }
        try {
            lk.findVarHandle(Holder.class, "i", long.class);
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE " + e.getMessage());
        }
        System.out.println(I.varType() + " " + I.coordinateTypes() + " " + IA.coordinateTypes() + " " + SI.coordinateTypes());
        System.out.println(I.accessModeType(VarHandle.AccessMode.COMPARE_AND_SET) + " " + I.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD)
                + " " + R.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD));
        MethodHandle getMH = I.toMethodHandle(VarHandle.AccessMode.GET);
        System.out.println((int) getMH.invokeExact(h));
        VarHandle view = MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);
        byte[] bytes = new byte[8];
        view.set(bytes, 0, 0x01020304);
        view.set(bytes, 4, -2);
        System.out.println(Arrays.toString(bytes) + " " + (int) view.get(bytes, 1));
        VarHandle.fullFence(); VarHandle.acquireFence(); VarHandle.releaseFence(); VarHandle.loadLoadFence(); VarHandle.storeStoreFence();
        System.out.println("fences ok");
    }
}
