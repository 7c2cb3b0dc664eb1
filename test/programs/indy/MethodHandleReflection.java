// Method handles from reflection and back: unreflect*, revealDirect/MethodHandleInfo, privateLookupIn,
// Lookup.in and access modes, MethodHandleProxies, and access failures with their messages.
import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class MethodHandleReflection {
    static class Target {
        private int hidden = 3;
        public static String greeting = "hello";
        private Target() { }
        public Target(int h) { hidden = h; }
        private String secret(String s) { return "secret " + s + hidden; }
        public static int twice(int x) { return 2 * x; }
        public String open() { return "open " + hidden; }
    }
    interface Adder { int add(int a, int b); }
    static int sum(int a, int b) { return a + b; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        Method secret = Target.class.getDeclaredMethod("secret", String.class);
        MethodHandle ms = l.unreflect(secret);
        Target t = new Target(5);
        System.out.println((String) ms.invokeExact(t, "x") + " " + ms.type());
        MethodHandle ctor = l.unreflectConstructor(Target.class.getDeclaredConstructor());
        System.out.println(((Target) ctor.invoke()).open());
        Field f = Target.class.getDeclaredField("hidden");
        MethodHandle getter = l.unreflectGetter(f);
        MethodHandle setter = l.unreflectSetter(f);
        setter.invoke(t, 42);
        System.out.println((int) getter.invokeExact(t) + " " + getter.type());
        MethodHandle sget = l.unreflectGetter(Target.class.getField("greeting"));
        System.out.println((String) sget.invokeExact());
        MethodHandle spec = l.unreflectSpecial(Object.class.getMethod("toString"), MethodHandleReflection.class);
        System.out.println(spec.type());
        MethodHandleInfo info = l.revealDirect(ms);
        System.out.println(info.getName() + " " + info.getMethodType() + " " + info.getDeclaringClass().getSimpleName() + " " + MethodHandleInfo.referenceKindToString(info.getReferenceKind())
                + " " + Modifier.toString(info.getModifiers()) + " " + info.isVarArgs());
        MethodHandleInfo info2 = l.revealDirect(l.findStatic(Target.class, "twice", MethodType.methodType(int.class, int.class)));
        System.out.println(info2 + " | " + info2.reflectAs(Method.class, l).getName());
        MethodHandleInfo info3 = l.revealDirect(getter);
        System.out.println(info3.getName() + " " + MethodHandleInfo.referenceKindToString(info3.getReferenceKind()) + " " + info3.reflectAs(Field.class, l).getType());
        MethodHandles.Lookup pl = MethodHandles.privateLookupIn(Target.class, l);
        System.out.println(pl.lookupClass().getSimpleName() + " " + ((pl.lookupModes() & MethodHandles.Lookup.PRIVATE) != 0) + " " + pl.hasFullPrivilegeAccess());
        MethodHandle viaPrivate = pl.findVirtual(Target.class, "secret", MethodType.methodType(String.class, String.class));
        System.out.println((String) viaPrivate.invokeExact(t, "y"));
        MethodHandles.Lookup inStr = l.in(String.class);
        System.out.println(inStr.lookupClass().getSimpleName() + " " + inStr.lookupModes() + " " + inStr);
        try {
            inStr.findVirtual(Target.class, "secret", MethodType.methodType(String.class, String.class));
        } catch (IllegalAccessException e) {
            System.out.println("IAE: " + e.getMessage().replaceAll("@[0-9a-f]+", "@"));
        }
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        System.out.println(pub.lookupClass().getSimpleName() + " " + pub.lookupModes() + " " + pub);
        System.out.println((int) pub.findStatic(Math.class, "abs", MethodType.methodType(int.class, int.class)).invokeExact(-4));
        try {
            pub.findVirtual(Target.class, "open", MethodType.methodType(String.class));
        } catch (IllegalAccessException e) {
            System.out.println("IAE public: " + e.getMessage());
        }
        try {
            l.unreflect(String.class.getDeclaredMethod("isLatin1"));
        } catch (IllegalAccessException e) {
            System.out.println("IAE private java.base: " + e.getMessage().replaceAll("@[0-9a-f]+", "@"));
        }
        Adder adder = MethodHandleProxies.asInterfaceInstance(Adder.class, l.findStatic(MethodHandleReflection.class, "sum", MethodType.methodType(int.class, int.class, int.class)));
        System.out.println(adder.add(2, 3) + " " + MethodHandleProxies.isWrapperInstance(adder) + " " + MethodHandleProxies.wrapperInstanceTarget(adder).type());
        @SuppressWarnings("unchecked")
        Function<String, Integer> fn = MethodHandleProxies.asInterfaceInstance(Function.class, l.findVirtual(String.class, "length", MethodType.methodType(int.class)));
        System.out.println(fn.apply("abcd"));
        MethodHandle virt = l.findVirtual(Object.class, "toString", MethodType.methodType(String.class));
        System.out.println((String) virt.invokeExact((Object) List.of(1, 2)) + " " + l.revealDirect(virt).getReferenceKind());
        MethodType mt = MethodType.methodType(String.class, int.class, Object[].class);
        System.out.println(mt + " " + mt.toMethodDescriptorString() + " " + mt.changeReturnType(void.class) + " " + mt.insertParameterTypes(0, long.class) + " " + mt.dropParameterTypes(1, 2)
                + " " + mt.hasPrimitives() + " " + mt.hasWrappers() + " " + mt.wrap() + " " + mt.lastParameterType().getSimpleName() + " " + mt.parameterList());
        System.out.println(MethodType.methodType(int.class) == MethodType.methodType(int.class));
        MethodHandle ctorH = l.findConstructor(ArrayList.class, MethodType.methodType(void.class, Collection.class));
        System.out.println(ctorH.invoke(List.of("a")) + " " + ctorH.type());
        MethodHandle staticArr = l.findStatic(Arrays.class, "asList", MethodType.methodType(List.class, Object[].class));
        System.out.println(staticArr.asFixedArity().invoke(new Object[] {"x", "y"}) + " " + staticArr.withVarargs(false).isVarargsCollector());
    }
}
