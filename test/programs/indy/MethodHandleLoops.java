// Method handle loop and control combinators executed: countedLoop, whileLoop, doWhileLoop, iteratedLoop,
// tableSwitch, tryFinally, foldArguments with a position, and filters on varargs collectors.
import java.lang.invoke.*;
import java.util.*;

public class MethodHandleLoops {
    static int step(int v, int i) { return v + i * i; }
    static int initZero() { return 0; }
    static boolean below(int v, int limit) { return v < limit; }
    static int grow(int v, int limit) { return v * 2 + 1; }
    static int start(int limit) { return 1; }
    static String acc(String a, String elem) { return a + "<" + elem + ">"; }
    static String accInit() { return ""; }
    static String body(String s) { if (s.isEmpty()) throw new IllegalArgumentException("empty"); return s.toUpperCase(); }
    static String cleanup(Throwable t, String result, String s) { return "finally(" + (t == null ? "ok" : t.getMessage()) + "," + result + ")"; }
    static int sum3(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static int plus(int a, int b) { return a + b; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        Class<?> me = MethodHandleLoops.class;
        MethodHandle body = l.findStatic(me, "step", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle counted = MethodHandles.countedLoop(MethodHandles.identity(int.class), l.findStatic(me, "initZero", MethodType.methodType(int.class)).asType(MethodType.methodType(int.class)), body);
        System.out.println("countedLoop type " + counted.type() + " " + (int) counted.invokeExact(4));
        MethodHandle counted2 = MethodHandles.countedLoop(MethodHandles.constant(int.class, 5), MethodHandles.constant(int.class, 0), body);
        System.out.println("countedLoop(5) = " + counted2.invoke());
        MethodHandle range = MethodHandles.countedLoop(MethodHandles.constant(int.class, 2), MethodHandles.constant(int.class, 6), MethodHandles.constant(int.class, 0), body);
        System.out.println("countedLoop [2,6) = " + range.invoke());
        MethodHandle pred = l.findStatic(me, "below", MethodType.methodType(boolean.class, int.class, int.class));
        MethodHandle grow = l.findStatic(me, "grow", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle init = l.findStatic(me, "start", MethodType.methodType(int.class, int.class));
        MethodHandle whileLoop = MethodHandles.whileLoop(init, pred, grow);
        MethodHandle doWhile = MethodHandles.doWhileLoop(init, grow, pred);
        System.out.println("while " + (int) whileLoop.invokeExact(100) + " doWhile " + (int) doWhile.invokeExact(0) + " " + whileLoop.type());
        MethodHandle accH = l.findStatic(me, "acc", MethodType.methodType(String.class, String.class, String.class));
        MethodHandle iter = MethodHandles.iteratedLoop(null, l.findStatic(me, "accInit", MethodType.methodType(String.class)), accH);
        System.out.println("iterated " + iter.type() + " " + iter.invoke(List.of("a", "b", "c")));
        MethodHandle bodyH = l.findStatic(me, "body", MethodType.methodType(String.class, String.class));
        MethodHandle cleanup = l.findStatic(me, "cleanup", MethodType.methodType(String.class, Throwable.class, String.class, String.class));
        MethodHandle tf = MethodHandles.tryFinally(bodyH, cleanup);
        System.out.println("tryFinally " + (String) tf.invokeExact("ok"));
        try {
            System.out.println((String) tf.invokeExact(""));
        } catch (IllegalArgumentException e) {
            System.out.println("tryFinally rethrew " + e.getMessage());
        }
        MethodHandle sum3 = l.findStatic(me, "sum3", MethodType.methodType(int.class, int.class, int.class, int.class));
        MethodHandle plus = l.findStatic(me, "plus", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle folded = MethodHandles.foldArguments(sum3, 0, plus);
        System.out.println("fold at 0: " + (int) folded.invokeExact(1, 2) + " " + folded.type());
        MethodHandle filtered = MethodHandles.filterArguments(sum3, 1, MethodHandles.identity(int.class), l.findStatic(Math.class, "abs", MethodType.methodType(int.class, int.class)));
        System.out.println((int) filtered.invokeExact(1, 2, -3));
        MethodHandle ts = MethodHandles.tableSwitch(MethodHandles.dropArguments(MethodHandles.constant(String.class, "default"), 0, int.class),
                MethodHandles.dropArguments(MethodHandles.constant(String.class, "zero"), 0, int.class),
                MethodHandles.dropArguments(MethodHandles.constant(String.class, "one"), 0, int.class));
        System.out.println((String) ts.invokeExact(0) + " " + (String) ts.invokeExact(1) + " " + (String) ts.invokeExact(7) + " " + (String) ts.invokeExact(-1));
        MethodHandle list = l.findStatic(List.class, "of", MethodType.methodType(List.class, Object[].class));
        MethodHandle coll = list.asCollector(Object[].class, 3);
        System.out.println(coll.invoke("x", 1, 2.0) + " " + coll.type());
        MethodHandle spread = MethodHandles.spreadInvoker(MethodType.methodType(int.class, int.class, int.class, int.class), 1);
        System.out.println(spread.invoke(sum3, 4, new Object[] {5, 6}) + " " + spread.type());
    }
}
