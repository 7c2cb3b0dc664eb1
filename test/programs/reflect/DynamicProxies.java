// java.lang.reflect.Proxy: generated proxy classes, InvocationHandler dispatch of interface, Object and
// default methods, exceptions (declared, undeclared, unboxing null), and proxy class properties.
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class DynamicProxies {
    public interface Greeter { String greet(String name); int count(); default String twice(String s) { return greet(s) + greet(s); } }
    public interface Closer { void close() throws java.io.IOException; }
    interface PackagePrivate { long value(long x, double y, char c, boolean z, byte b, short s, float f); }

    static class Recorder implements InvocationHandler {
        final List<String> calls = new ArrayList<>();
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            calls.add(m.getName() + (args == null ? "[]" : Arrays.toString(args)));
            switch (m.getName()) {
                case "greet": return "hi " + args[0];
                case "count": return calls.size();
                case "toString": return "RecorderProxy";
                case "hashCode": return 42;
                case "equals": return proxy == args[0];
                case "twice": return InvocationHandler.invokeDefault(proxy, m, args);
                case "close": throw new java.io.IOException("closing failed");
                case "value": return (long) args[0] + (long) (double) args[1] + (char) args[2] + ((boolean) args[3] ? 1 : 0) + (byte) args[4] + (short) args[5] + (long) (float) args[6];
                default: return null;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Recorder h = new Recorder();
        Object proxy = Proxy.newProxyInstance(DynamicProxies.class.getClassLoader(), new Class<?>[] {Greeter.class, Closer.class}, h);
        Greeter g = (Greeter) proxy;
        System.out.println(g.greet("bob") + " " + g.count() + " " + g.twice("x"));
        System.out.println(proxy.toString() + " " + proxy.hashCode() + " " + proxy.equals(proxy) + " " + proxy.equals("other"));
        try {
            ((Closer) proxy).close();
        } catch (java.io.IOException e) {
            System.out.println("declared exception passes: " + e.getMessage());
        }
        System.out.println(h.calls);
        Class<?> pc = proxy.getClass();
        System.out.println(Proxy.isProxyClass(pc) + " " + Proxy.isProxyClass(String.class) + " " + (Proxy.getInvocationHandler(proxy) == h)
                + " " + Modifier.toString(pc.getModifiers()) + " " + pc.getSuperclass().getName() + " " + Arrays.toString(pc.getInterfaces()));
        System.out.println(pc.getSimpleName().startsWith("$Proxy") + " " + pc.getPackageName() + " " + pc.getName().replaceAll("\\d+$", "N"));
        PackagePrivate pp = (PackagePrivate) Proxy.newProxyInstance(PackagePrivate.class.getClassLoader(), new Class<?>[] {PackagePrivate.class}, h);
        System.out.println(pp.value(1L, 2.9, 'a', true, (byte) 3, (short) 4, 5.5f) + " " + pp.getClass().getPackageName().isEmpty());
        Greeter thrower = (Greeter) Proxy.newProxyInstance(Greeter.class.getClassLoader(), new Class<?>[] {Greeter.class}, (p, m, a) -> {
            if (m.getName().equals("greet")) throw new Exception("undeclared checked");
            if (m.getName().equals("count")) return null;
            throw new IllegalStateException("unchecked passes");
        });
        try {
            thrower.greet("x");
        } catch (UndeclaredThrowableException e) {
            System.out.println("UTE: " + e.getUndeclaredThrowable().getMessage() + " " + e.getMessage());
        }
        try {
            thrower.count();
        } catch (NullPointerException e) {
            System.out.println("NPE unboxing null return");
        }
        try {
            thrower.twice("q");
        } catch (IllegalStateException e) {
            System.out.println("ISE: " + e.getMessage());
        }
        Greeter wrong = (Greeter) Proxy.newProxyInstance(Greeter.class.getClassLoader(), new Class<?>[] {Greeter.class}, (p, m, a) -> 3.5);
        try {
            wrong.greet("x");
        } catch (ClassCastException e) {
            System.out.println("CCE wrong return type: " + e.getMessage());
        }
        @SuppressWarnings("unchecked")
        Function<String, Integer> fn = (Function<String, Integer>) Proxy.newProxyInstance(Function.class.getClassLoader(), new Class<?>[] {Function.class},
                (p, m, a) -> m.getName().equals("apply") ? ((String) a[0]).length() : m.isDefault() ? InvocationHandler.invokeDefault(p, m, a) : null);
        System.out.println(fn.apply("four") + " " + fn.andThen(x -> x * 10).apply("ab"));
        Runnable r = (Runnable) Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class}, (p, m, a) -> { System.out.println("run via boot-loader proxy"); return null; });
        r.run();
        System.out.println(Proxy.getProxyClass(Greeter.class.getClassLoader(), Greeter.class, Closer.class) == pc);
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {String.class}, h);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        Comparable<?> cmp = (Comparable<?>) Proxy.newProxyInstance(null, new Class<?>[] {Comparable.class}, (p, m, a) -> -1);
        System.out.println(((Comparable<Object>) cmp).compareTo("x"));
    }
}
