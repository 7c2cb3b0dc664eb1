// MethodHandles.Lookup: findVirtual, findStatic, findConstructor, findSpecial, getters and setters,
// bind, and the invoke / invokeExact / invokeWithArguments entry points.
import java.lang.invoke.*;
import java.util.*;

public class MethodHandlesLookup {
    static class Counter {
        int count;
        static String label = "ctr";
        long big = 1L << 40;
        Counter() { }
        Counter(int start) { count = start; }
        int add(int n) { count += n; return count; }
        String describe(String prefix, long extra, double d) { return prefix + count + "/" + extra + "/" + d; }
        static int square(int x) { return x * x; }
        private String priv() { return "private " + count; }
        @Override public String toString() { return "Counter(" + count + ")"; }
    }
    static class Sub extends Counter {
        @Override int add(int n) { return super.add(n * 10); }
        @Override public String toString() { return "Sub!"; }
        static String superToString(Sub s) throws Throwable {
            MethodHandle h = MethodHandles.lookup().findSpecial(Counter.class, "toString", MethodType.methodType(String.class), Sub.class);
            return (String) h.invokeExact(s) + " vs " + s;
        }
    }
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return 3 * r * r; } }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle add = lookup.findVirtual(Counter.class, "add", MethodType.methodType(int.class, int.class));
        Counter c = new Counter();
        System.out.println((int) add.invokeExact(c, 5) + " " + (int) add.invoke(c, 2) + " " + add.invoke(new Sub(), 3));
        System.out.println(add.type() + " " + add.type().parameterCount());
        MethodHandle square = lookup.findStatic(Counter.class, "square", MethodType.methodType(int.class, int.class));
        System.out.println((int) square.invokeExact(9) + " " + square.invoke(Integer.valueOf(4)) + " " + square.invokeWithArguments(6));
        MethodHandle ctor0 = lookup.findConstructor(Counter.class, MethodType.methodType(void.class));
        MethodHandle ctor1 = lookup.findConstructor(Counter.class, MethodType.methodType(void.class, int.class));
        System.out.println((Counter) ctor0.invokeExact() + " " + ctor1.invoke(11) + " " + ctor1.type());
        MethodHandle getter = lookup.findGetter(Counter.class, "count", int.class);
        MethodHandle setter = lookup.findSetter(Counter.class, "count", int.class);
        setter.invokeExact(c, 99);
        System.out.println((int) getter.invokeExact(c) + " " + getter.type() + " " + setter.type());
        MethodHandle bigGetter = lookup.findGetter(Counter.class, "big", long.class);
        System.out.println((long) bigGetter.invokeExact(c));
        MethodHandle sget = lookup.findStaticGetter(Counter.class, "label", String.class);
        MethodHandle sset = lookup.findStaticSetter(Counter.class, "label", String.class);
        sset.invoke("changed");
        System.out.println((String) sget.invokeExact());
        MethodHandle bound = add.bindTo(c);
        System.out.println((int) bound.invokeExact(1) + " " + bound.type());
        MethodHandle bound2 = lookup.bind(c, "add", MethodType.methodType(int.class, int.class));
        System.out.println(bound2.invoke(1));
        MethodHandle describe = lookup.findVirtual(Counter.class, "describe",
                MethodType.methodType(String.class, String.class, long.class, double.class));
        System.out.println((String) describe.invokeExact(c, "p", 5L, 2.5));
        System.out.println(describe.invoke(c, "q", 6, 1.0f));
        System.out.println(describe.invokeWithArguments(c, "r", 7L, 0.5));
        System.out.println(describe.invokeWithArguments(Arrays.asList(c, "s", 8L, 0.25)));
        MethodHandle priv = lookup.findVirtual(Counter.class, "priv", MethodType.methodType(String.class));
        System.out.println((String) priv.invokeExact(c));
        System.out.println(Sub.superToString(new Sub()));
        try {
            lookup.findSpecial(Counter.class, "toString", MethodType.methodType(String.class), Counter.class);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage().replaceAll("@[0-9a-f]+", "@"));
        }
        MethodHandle area = lookup.findVirtual(Shape.class, "area", MethodType.methodType(double.class));
        System.out.println((double) area.invokeExact((Shape) new Circle(2)));
        MethodHandle len = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println((int) len.invokeExact("hello") + " " + len.invoke((Object) "abc"));
        MethodHandle concat = lookup.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println((String) concat.invokeExact("a", "b"));
        MethodHandle valueOf = lookup.findStatic(String.class, "valueOf", MethodType.methodType(String.class, Object.class));
        System.out.println((String) valueOf.invokeExact((Object) null));
        MethodHandle listSize = lookup.findVirtual(List.class, "size", MethodType.methodType(int.class));
        System.out.println((int) listSize.invokeExact((List<?>) List.of(1, 2, 3)) + " " + listSize.invoke(new ArrayList<>(List.of(1))));
        MethodHandle max = lookup.findStatic(Math.class, "max", MethodType.methodType(long.class, long.class, long.class));
        System.out.println((long) max.invokeExact(3L, -4L) + " " + max.invoke(1, 2));
        MethodHandle hashCode = lookup.findVirtual(Object.class, "hashCode", MethodType.methodType(int.class));
        System.out.println((int) hashCode.invokeExact((Object) "abc"));
        MethodHandle arrGet = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle arrSet = MethodHandles.arrayElementSetter(int[].class);
        int[] arr = new int[3];
        arrSet.invokeExact(arr, 1, 42);
        System.out.println((int) arrGet.invokeExact(arr, 1) + " " + MethodHandles.arrayLength(int[].class).invoke(arr));
        MethodHandle asList = lookup.findStatic(Arrays.class, "asList", MethodType.methodType(List.class, Object[].class));
        System.out.println(asList.invoke("x", "y", "z") + " " + asList.isVarargsCollector());
        MethodHandle fmt = lookup.findStatic(String.class, "join", MethodType.methodType(String.class, CharSequence.class, CharSequence[].class));
        System.out.println(fmt.invoke("-", "a", "b", "c"));
        MethodHandle ident = MethodHandles.identity(String.class);
        MethodHandle konst = MethodHandles.constant(int.class, 17);
        System.out.println((String) ident.invokeExact("id") + " " + (int) konst.invokeExact());
        System.out.println(lookup.lookupClass().getSimpleName() + " " + (lookup.lookupModes() & MethodHandles.Lookup.PRIVATE));
        MethodHandle exact = MethodHandles.exactInvoker(MethodType.methodType(int.class, int.class));
        System.out.println((int) exact.invokeExact(square, 12));
        MethodHandle inv = MethodHandles.invoker(MethodType.methodType(Object.class, Object.class));
        System.out.println(inv.invoke(square, 3));
        System.out.println(MethodType.methodType(void.class, int[].class, String.class).toMethodDescriptorString());
        System.out.println(MethodType.fromMethodDescriptorString("(IJ[Ljava/lang/String;)V", null));
        System.out.println(MethodType.genericMethodType(2).wrap().unwrap() + " " + add.type().erase().generic());
    }
}
