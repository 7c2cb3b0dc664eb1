// The JDK's bootstrap methods called directly from Java: LambdaMetafactory (plain and alt),
// StringConcatFactory (with and without constants), ObjectMethods, and ConstantBootstraps.
import java.lang.invoke.*;
import java.lang.runtime.ObjectMethods;
import java.util.*;
import java.util.function.*;

public class BootstrapsDirect {
    record P(int x, String y) { }
    static final String CONSTANT = "static-final";
    enum E { ALPHA, BETA }
    static String hello(String who) { return "hello " + who; }
    static int add(int a, int b) { return a + b; }
    static String alt() { return "alt"; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle impl = l.findStatic(BootstrapsDirect.class, "hello", MethodType.methodType(String.class, String.class));
        CallSite cs = LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class), impl, MethodType.methodType(String.class, String.class));
        @SuppressWarnings("unchecked") Function<String, String> f = (Function<String, String>) cs.getTarget().invokeExact();
        System.out.println(f.apply("metafactory") + " " + cs.type() + " " + (cs instanceof ConstantCallSite));
        MethodHandle addH = l.findStatic(BootstrapsDirect.class, "add", MethodType.methodType(int.class, int.class, int.class));
        CallSite capturing = LambdaMetafactory.metafactory(l, "applyAsInt", MethodType.methodType(IntUnaryOperator.class, int.class),
                MethodType.methodType(int.class, int.class), addH, MethodType.methodType(int.class, int.class));
        IntUnaryOperator plus10 = (IntUnaryOperator) capturing.getTarget().invoke(10);
        System.out.println(plus10.applyAsInt(5));
        CallSite alt = LambdaMetafactory.altMetafactory(l, "get", MethodType.methodType(Supplier.class),
                MethodType.methodType(Object.class), l.findStatic(BootstrapsDirect.class, "alt", MethodType.methodType(String.class)), MethodType.methodType(String.class),
                LambdaMetafactory.FLAG_SERIALIZABLE | LambdaMetafactory.FLAG_MARKERS, 1, Cloneable.class);
        Supplier<?> s = (Supplier<?>) alt.getTarget().invoke();
        System.out.println(s.get() + " " + (s instanceof java.io.Serializable) + " " + (s instanceof Cloneable));
        try {
            LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(String.class), MethodType.methodType(Object.class, Object.class), impl, MethodType.methodType(String.class, String.class));
        } catch (LambdaConversionException e) {
            System.out.println("LCE: " + e.getMessage());
        }
        CallSite concat = StringConcatFactory.makeConcat(l, "concat", MethodType.methodType(String.class, int.class, String.class, char.class));
        System.out.println((String) concat.getTarget().invokeExact(1, "two", '3'));
        CallSite withConstants = StringConcatFactory.makeConcatWithConstants(l, "concat", MethodType.methodType(String.class, long.class, Object.class),
                "a=\u0001, b=\u0001 and \u0002!", "CONST");
        System.out.println((String) withConstants.getTarget().invokeExact(42L, (Object) List.of(1)));
        try {
            StringConcatFactory.makeConcatWithConstants(l, "concat", MethodType.methodType(String.class, int.class), "\u0001\u0001");
        } catch (StringConcatException e) {
            System.out.println("SCE: " + e.getMessage());
        }
        MethodHandle gx = l.findGetter(P.class, "x", int.class), gy = l.findGetter(P.class, "y", String.class);
        MethodHandle ts = ((CallSite) ObjectMethods.bootstrap(l, "toString", MethodType.methodType(String.class, P.class), P.class, "x;y", gx, gy)).getTarget();
        MethodHandle eq = ((CallSite) ObjectMethods.bootstrap(l, "equals", MethodType.methodType(boolean.class, P.class, Object.class), P.class, "x;y", gx, gy)).getTarget();
        MethodHandle hc = ((CallSite) ObjectMethods.bootstrap(l, "hashCode", MethodType.methodType(int.class, P.class), P.class, "x;y", gx, gy)).getTarget();
        P p = new P(1, "q");
        System.out.println((String) ts.invokeExact(p) + " " + (boolean) eq.invokeExact(p, (Object) new P(1, "q")) + " " + (int) hc.invokeExact(p) + " " + p.hashCode());
        System.out.println(ConstantBootstraps.nullConstant(l, "n", String.class) + " " + ConstantBootstraps.primitiveClass(l, "I", Class.class)
                + " " + ConstantBootstraps.enumConstant(l, "BETA", E.class) + " " + ConstantBootstraps.getStaticFinal(l, "CONSTANT", String.class, BootstrapsDirect.class)
                + " " + ConstantBootstraps.invoke(l, "i", int.class, addH, 2, 3) + " " + ConstantBootstraps.explicitCast(l, "c", byte.class, 300));
        VarHandle vh = ConstantBootstraps.arrayVarHandle(l, "a", VarHandle.class, int[].class);
        int[] arr = {7};
        System.out.println((int) vh.get(arr, 0));
        try {
            ConstantBootstraps.enumConstant(l, "GAMMA", E.class);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        MethodHandle dyn = new MutableCallSite(MethodType.methodType(String.class)).dynamicInvoker();
        try {
            String r = (String) dyn.invokeExact();
            System.out.println(r);
        } catch (IllegalStateException e) {
            System.out.println("uninitialized call site: " + e.getMessage());
        }
        VolatileCallSite vcs = new VolatileCallSite(MethodHandles.constant(String.class, "v1"));
        MethodHandle vInv = vcs.dynamicInvoker();
        System.out.println((String) vInv.invokeExact());
        vcs.setTarget(MethodHandles.constant(String.class, "v2"));
        System.out.println((String) vInv.invokeExact());
        SwitchPoint sp = new SwitchPoint();
        MethodHandle guarded = sp.guardWithTest(MethodHandles.constant(String.class, "valid"), MethodHandles.constant(String.class, "invalidated"));
        System.out.println((String) guarded.invokeExact() + " " + sp.hasBeenInvalidated());
        SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
        System.out.println((String) guarded.invokeExact() + " " + sp.hasBeenInvalidated());
    }
}
