// Dynamic proxies in depth: duplicate methods across interfaces, covariant and primitive returns,
// arrays and varargs, generic interfaces, Object methods, exceptions, and proxy class reuse.
import java.lang.reflect.*;
import java.util.*;

public class ProxyAdvanced {
    public interface A { Object value(); String same(int x); void run(); }
    public interface B { String value(); String same(int x); }
    public interface Prims { boolean z(); byte b(); short s(); char c(); int i(); long l(); float f(); double d(); int[] arr(String... parts); }
    public interface Repo<T, ID> { Optional<T> find(ID id); List<T> all(); }
    public interface Thrower { void io() throws java.io.IOException; void unchecked(); }

    public static void main(String[] args) throws Exception {
        List<String> log = new ArrayList<>();
        InvocationHandler h = (proxy, m, a) -> {
            log.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + ":" + m.getReturnType().getSimpleName() + (a == null ? "" : "" + a.length));
            switch (m.getName()) {
                case "value": return "v";
                case "same": return "same" + a[0];
                case "z": return true;
                case "b": return (byte) 1;
                case "s": return (short) 2;
                case "c": return 'c';
                case "i": return 3;
                case "l": return 4L;
                case "f": return 5.5f;
                case "d": return 6.5;
                case "arr": return new int[] {((String[]) a[0]).length};
                case "find": return Optional.of("found " + a[0]);
                case "all": return List.of("x", "y");
                case "io": throw new java.io.IOException("io!");
                case "unchecked": throw new java.io.IOException("checked from unchecked");
                case "hashCode": return 7;
                case "equals": return false;
                case "toString": return "P";
                default: return null;
            }
        };
        Object ab = Proxy.newProxyInstance(ProxyAdvanced.class.getClassLoader(), new Class<?>[] {A.class, B.class}, h);
        System.out.println(((A) ab).value() + " " + ((B) ab).value() + " " + ((A) ab).same(1) + " " + ((B) ab).same(2));
        ((A) ab).run();
        Object ba = Proxy.newProxyInstance(ProxyAdvanced.class.getClassLoader(), new Class<?>[] {B.class, A.class}, h);
        System.out.println(((A) ba).value() + " " + ((B) ba).same(3));
        Prims p = (Prims) Proxy.newProxyInstance(Prims.class.getClassLoader(), new Class<?>[] {Prims.class}, h);
        System.out.println(p.z() + " " + p.b() + " " + p.s() + " " + p.c() + " " + p.i() + " " + p.l() + " " + p.f() + " " + p.d() + " " + p.arr("a", "b")[0] + " " + p.arr()[0]);
        @SuppressWarnings("unchecked") Repo<String, Long> repo = (Repo<String, Long>) Proxy.newProxyInstance(Repo.class.getClassLoader(), new Class<?>[] {Repo.class}, h);
        System.out.println(repo.find(5L).get() + " " + repo.all());
        Thrower t = (Thrower) Proxy.newProxyInstance(Thrower.class.getClassLoader(), new Class<?>[] {Thrower.class}, h);
        try { t.io(); } catch (java.io.IOException e) { System.out.println("IOException " + e.getMessage()); }
        try { t.unchecked(); } catch (UndeclaredThrowableException e) { System.out.println("UTE " + e.getCause()); }
        System.out.println(ab.hashCode() + " " + ab.equals(ab) + " " + ab);
        Collections.sort(log);
        System.out.println(log);
        Prims bad = (Prims) Proxy.newProxyInstance(Prims.class.getClassLoader(), new Class<?>[] {Prims.class}, (px, m, a) -> m.getName().equals("i") ? (Object) 2L : null);
        try { bad.i(); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        try { bad.z(); } catch (NullPointerException e) { System.out.println("NPE for null primitive"); }
        System.out.println(bad.arr() == null);
        Class<?> c1 = Proxy.newProxyInstance(A.class.getClassLoader(), new Class<?>[] {A.class}, h).getClass();
        Class<?> c2 = Proxy.newProxyInstance(A.class.getClassLoader(), new Class<?>[] {A.class}, (x, y, z) -> null).getClass();
        System.out.println("same proxy class: " + (c1 == c2) + " " + (c1 == ab.getClass()));
        List<String> methods = new ArrayList<>();
        for (Method m : c1.getDeclaredMethods()) methods.add(m.getName());
        Collections.sort(methods);
        System.out.println(methods + " " + Modifier.toString(c1.getDeclaredConstructor(InvocationHandler.class).getModifiers()));
        List<String> fields = new ArrayList<>();
        for (Field f : c1.getDeclaredFields()) fields.add(Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName());
        Collections.sort(fields);
        System.out.println(fields);
        try {
            Proxy.newProxyInstance(A.class.getClassLoader(), new Class<?>[] {A.class, A.class}, h);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            Proxy.newProxyInstance(A.class.getClassLoader(), new Class<?>[] {A.class}, null);
        } catch (NullPointerException e) {
            System.out.println("NPE null handler");
        }
    }
}
