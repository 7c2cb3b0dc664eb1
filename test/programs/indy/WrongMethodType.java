// WrongMethodTypeException and ClassCastException from method handle invocation, with HotSpot's messages.
import java.lang.invoke.*;

public class WrongMethodType {
    static int inc(int x) { return x + 1; }
    static String str(Object o) { return "str " + o; }
    static void thrower() throws Exception { throw new Exception("checked from handle"); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle inc = l.findStatic(WrongMethodType.class, "inc", MethodType.methodType(int.class, int.class));
        try {
            long r = (long) inc.invokeExact(1);
            System.out.println(r);
        } catch (WrongMethodTypeException e) {
            System.out.println("1: " + e.getMessage());
        }
        try {
            Object r = inc.invokeExact((Object) 1);
            System.out.println(r);
        } catch (WrongMethodTypeException e) {
            System.out.println("2: " + e.getMessage());
        }
        try {
            inc.invokeExact(1);
        } catch (WrongMethodTypeException e) {
            System.out.println("3: " + e.getMessage());
        }
        try {
            System.out.println(inc.invoke("not an int"));
        } catch (ClassCastException e) {
            System.out.println("4: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(inc.invoke(1, 2));
        } catch (WrongMethodTypeException e) {
            System.out.println("5: " + e.getMessage());
        }
        try {
            inc.asType(MethodType.methodType(String.class, int.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("6: " + e.getMessage());
        }
        try {
            System.out.println((int) inc.invoke((Integer) null));
        } catch (NullPointerException e) {
            System.out.println("7: NPE unboxing null");
        }
        MethodHandle str = l.findStatic(WrongMethodType.class, "str", MethodType.methodType(String.class, Object.class));
        System.out.println((String) str.invokeExact((Object) "ok") + " " + str.invoke(5));
        try {
            String s = (String) str.invokeExact("not Object");
            System.out.println(s);
        } catch (WrongMethodTypeException e) {
            System.out.println("8: " + e.getMessage());
        }
        MethodHandle thrower = l.findStatic(WrongMethodType.class, "thrower", MethodType.methodType(void.class));
        try {
            thrower.invokeExact();
        } catch (Exception e) {
            System.out.println("9: " + e.getMessage());
        }
        try {
            l.findStatic(WrongMethodType.class, "nope", MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            System.out.println("10: " + e.getMessage());
        }
        try {
            l.findVirtual(WrongMethodType.class, "inc", MethodType.methodType(int.class, int.class));
        } catch (IllegalAccessException e) {
            System.out.println("11: " + e.getMessage());
        }
        try {
            l.findStatic(WrongMethodType.class, "inc", MethodType.methodType(long.class, int.class));
        } catch (NoSuchMethodException e) {
            System.out.println("12: " + e.getMessage());
        }
        try {
            l.findGetter(WrongMethodType.class, "missing", int.class);
        } catch (NoSuchFieldException e) {
            System.out.println("13: " + e.getMessage());
        }
        try {
            MethodHandles.publicLookup().findStatic(WrongMethodType.class, "inc", MethodType.methodType(int.class, int.class));
        } catch (IllegalAccessException e) {
            System.out.println("14: " + e.getMessage());
        }
        try {
            MethodHandles.lookup().findVirtual(Object.class, "clone", MethodType.methodType(Object.class)).invoke(new Object());
        } catch (Throwable e) {
            System.out.println("15: " + e.getClass().getName() + ": " + e.getMessage());
        }
        MethodHandle spread = inc.asSpreader(Object[].class, 1);
        try {
            spread.invoke(new Object[] {1, 2});
        } catch (IllegalArgumentException e) {
            System.out.println("16: " + e.getMessage());
        }
        try {
            MethodHandles.insertArguments(inc, 0, "bad");
        } catch (ClassCastException e) {
            System.out.println("17: " + e.getMessage());
        }
    }
}
