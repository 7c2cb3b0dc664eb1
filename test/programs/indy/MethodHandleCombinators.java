// Method handle combinators: filters, inserted and dropped arguments, guards, folds, permutations,
// spreaders, collectors, exception handlers and type adaptation.
import java.lang.invoke.*;
import java.util.*;

public class MethodHandleCombinators {
    static String join(String a, String b, String c) { return a + "|" + b + "|" + c; }
    static boolean isPositive(int x) { return x > 0; }
    static String pos(int x) { return "pos " + x; }
    static String neg(int x) { return "neg " + x; }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String risky(String s) { if (s.isEmpty()) throw new IllegalStateException("empty!"); return s.toUpperCase(); }
    static String recover(IllegalStateException e, String s) { return "recovered(" + e.getMessage() + ")"; }
    static int combine(int a, int b) { return a * 100 + b; }
    static void log(String s) { System.out.println("log: " + s); }
    static String twoArg(String s, int n) { return s.repeat(n); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle join = l.findStatic(MethodHandleCombinators.class, "join",
                MethodType.methodType(String.class, String.class, String.class, String.class));
        MethodHandle upper = l.findVirtual(String.class, "toUpperCase", MethodType.methodType(String.class));
        MethodHandle trim = l.findVirtual(String.class, "trim", MethodType.methodType(String.class));
        MethodHandle filtered = MethodHandles.filterArguments(join, 0, upper, null, trim);
        System.out.println((String) filtered.invokeExact("a", "b", "  c  "));
        MethodHandle inserted = MethodHandles.insertArguments(join, 1, "X", "Y");
        System.out.println((String) inserted.invokeExact("first") + " " + inserted.type());
        MethodHandle dropped = MethodHandles.dropArguments(join, 1, int.class, long.class);
        System.out.println((String) dropped.invokeExact("a", 1, 2L, "b", "c") + " " + dropped.type());
        MethodHandle test = l.findStatic(MethodHandleCombinators.class, "isPositive", MethodType.methodType(boolean.class, int.class));
        MethodHandle posH = l.findStatic(MethodHandleCombinators.class, "pos", MethodType.methodType(String.class, int.class));
        MethodHandle negH = l.findStatic(MethodHandleCombinators.class, "neg", MethodType.methodType(String.class, int.class));
        MethodHandle guard = MethodHandles.guardWithTest(test, posH, negH);
        System.out.println((String) guard.invokeExact(5) + ", " + (String) guard.invokeExact(-3));
        MethodHandle filterRet = MethodHandles.filterReturnValue(posH, upper);
        System.out.println((String) filterRet.invokeExact(8));
        MethodHandle combine = l.findStatic(MethodHandleCombinators.class, "combine", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle swapped = MethodHandles.permuteArguments(combine, MethodType.methodType(int.class, int.class, int.class), 1, 0);
        MethodHandle dup = MethodHandles.permuteArguments(combine, MethodType.methodType(int.class, int.class), 0, 0);
        System.out.println((int) swapped.invokeExact(1, 2) + " " + (int) dup.invokeExact(7));
        MethodHandle logH = l.findStatic(MethodHandleCombinators.class, "log", MethodType.methodType(void.class, String.class));
        MethodHandle folded = MethodHandles.foldArguments(upper, logH);
        System.out.println((String) folded.invokeExact("fold"));
        MethodHandle sum = l.findStatic(MethodHandleCombinators.class, "sum", MethodType.methodType(int.class, int[].class));
        System.out.println(sum.invoke(1, 2, 3) + " " + sum.isVarargsCollector() + " " + (int) sum.invokeExact(new int[] {4, 5}));
        MethodHandle collector = sum.asCollector(int[].class, 3);
        System.out.println((int) collector.invokeExact(1, 1, 1) + " " + collector.type());
        MethodHandle spreader = join.asSpreader(Object[].class, 3);
        System.out.println(spreader.invoke(new Object[] {"s", "p", "r"}));
        MethodHandle fixed = sum.asFixedArity();
        System.out.println(fixed.isVarargsCollector() + " " + fixed.invoke(new int[] {9}));
        MethodHandle risky = l.findStatic(MethodHandleCombinators.class, "risky", MethodType.methodType(String.class, String.class));
        MethodHandle recover = l.findStatic(MethodHandleCombinators.class, "recover",
                MethodType.methodType(String.class, IllegalStateException.class, String.class));
        MethodHandle safe = MethodHandles.catchException(risky, IllegalStateException.class, recover);
        System.out.println((String) safe.invokeExact("ok") + " " + (String) safe.invokeExact(""));
        MethodHandle thrower = MethodHandles.throwException(String.class, UnsupportedOperationException.class);
        try {
            String s = (String) thrower.invokeExact(new UnsupportedOperationException("thrown by handle"));
            System.out.println(s);
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage());
        }
        MethodHandle asObj = posH.asType(MethodType.methodType(Object.class, Integer.class));
        System.out.println(asObj.invoke(Integer.valueOf(3)) + " " + asObj.type());
        MethodHandle widen = combine.asType(MethodType.methodType(long.class, byte.class, short.class));
        System.out.println((long) widen.invokeExact((byte) 1, (short) 2));
        MethodHandle generic = combine.asType(combine.type().generic());
        System.out.println(generic.invoke(3, 4) + " " + generic.type());
        MethodHandle twoArg = l.findStatic(MethodHandleCombinators.class, "twoArg", MethodType.methodType(String.class, String.class, int.class));
        MethodHandle len = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle collectArgs = MethodHandles.collectArguments(twoArg, 1, len);
        System.out.println((String) collectArgs.invokeExact("ab", "xyz"));
        MethodHandle dropRet = MethodHandles.dropReturn(upper);
        dropRet.invokeExact("ignored");
        System.out.println(dropRet.type());
        MethodHandle zero = MethodHandles.zero(long.class);
        MethodHandle empty = MethodHandles.empty(MethodType.methodType(String.class, int.class));
        System.out.println((long) zero.invokeExact() + " " + (String) empty.invokeExact(5));
        MethodHandle loopBody = MethodHandles.countedLoop(MethodHandles.constant(int.class, 5), null,
                l.findStatic(MethodHandleCombinators.class, "combine", MethodType.methodType(int.class, int.class, int.class)));
        System.out.println(loopBody.type());
        MethodHandle tableSwitch = MethodHandles.tableSwitch(negH, posH, negH);
        System.out.println((String) tableSwitch.invokeExact(0) + " / " + (String) tableSwitch.invokeExact(1) + " / " + (String) tableSwitch.invokeExact(9));
        List<String> seen = new ArrayList<>();
        MethodHandle add = l.findVirtual(List.class, "add", MethodType.methodType(boolean.class, Object.class)).bindTo(seen);
        MethodHandle addStr = add.asType(MethodType.methodType(boolean.class, String.class));
        System.out.println((boolean) addStr.invokeExact("one") + " " + seen);
        MethodHandle arrCtor = MethodHandles.arrayConstructor(String[].class);
        System.out.println(((String[]) arrCtor.invokeExact(4)).length);
        System.out.println(MethodHandles.iteratedLoop(null, null, MethodHandles.empty(MethodType.methodType(void.class, Object.class))).type());
    }
}
