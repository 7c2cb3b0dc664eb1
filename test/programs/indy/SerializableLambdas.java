// Serializable lambdas and method references (altMetafactory, $deserializeLambda$), intersection casts,
// marker interfaces and bridges, with a full serialization round trip.
import java.io.*;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.*;
import java.util.function.*;

public class SerializableLambdas {
    interface SerFunction<T, R> extends Function<T, R>, Serializable { }
    interface Marker { }
    interface Generic<T> { T make(T seed); }

    static String shout(String s) { return s.toUpperCase() + "!"; }

    static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(o); }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) { return in.readObject(); }
    }

    static void describe(String label, Object lambda) throws Exception {
        Method wr = lambda.getClass().getDeclaredMethod("writeReplace");
        wr.setAccessible(true);
        SerializedLambda sl = (SerializedLambda) wr.invoke(lambda);
        System.out.println(label + ": " + sl.getFunctionalInterfaceClass() + "." + sl.getFunctionalInterfaceMethodName()
                + sl.getFunctionalInterfaceMethodSignature() + " impl=" + sl.getImplClass() + "." + sl.getImplMethodName()
                + sl.getImplMethodSignature() + " kind=" + sl.getImplMethodKind() + " captured=" + sl.getCapturedArgCount()
                + " instantiated=" + sl.getInstantiatedMethodType());
    }

    public static void main(String[] args) throws Exception {
        String suffix = "-sfx";
        Runnable plain = () -> System.out.println("plain");
        Runnable ser = (Runnable & Serializable) () -> System.out.println("serializable runnable");
        Supplier<String> cap = (Supplier<String> & Serializable) () -> "captured " + suffix;
        SerFunction<String, String> ref = SerializableLambdas::shout;
        SerFunction<String, Integer> unbound = String::length;
        Comparator<String> cmp = (Comparator<String> & Serializable) (a, b) -> b.compareTo(a);
        Object multi = (Runnable & Marker & Serializable) () -> System.out.println("multi");
        System.out.println((plain instanceof Serializable) + " " + (ser instanceof Serializable) + " " + (multi instanceof Marker)
                + " " + (multi instanceof Runnable) + " " + (cap instanceof Serializable));
        describe("ser", ser);
        describe("cap", cap);
        describe("ref", ref);
        describe("unbound", unbound);
        describe("cmp", cmp);
        Runnable r2 = (Runnable) deserialize(serialize(ser));
        r2.run();
        @SuppressWarnings("unchecked") Supplier<String> c2 = (Supplier<String>) deserialize(serialize(cap));
        System.out.println(c2.get());
        @SuppressWarnings("unchecked") Function<String, String> f2 = (Function<String, String>) deserialize(serialize(ref));
        System.out.println(f2.apply("hey"));
        @SuppressWarnings("unchecked") Function<String, Integer> u2 = (Function<String, Integer>) deserialize(serialize(unbound));
        System.out.println(u2.apply("four"));
        @SuppressWarnings("unchecked") Comparator<String> cmp2 = (Comparator<String>) deserialize(serialize(cmp));
        List<String> l = new ArrayList<>(List.of("b", "c", "a"));
        l.sort(cmp2);
        System.out.println(l);
        ((Runnable) deserialize(serialize(multi))).run();
        try {
            serialize(plain);
        } catch (NotSerializableException e) {
            System.out.println("not serializable: " + e.getMessage().replaceAll("\\$\\$Lambda\\$.*", "\\$\\$Lambda"));
        }
        Generic<String> g = s -> s + s;
        Generic<Integer> gi = i -> i * 2;
        System.out.println(g.make("ab") + " " + gi.make(21));
        Function<Integer, Integer> boxing = x -> x + 1;
        IntFunction<String> prim = Integer::toString;
        ToIntBiFunction<String, String> compare = String::compareTo;
        System.out.println(boxing.apply(1) + " " + prim.apply(77) + " " + compare.applyAsInt("a", "b"));
        Runnable lambdaClass = () -> { };
        Class<?> lc = lambdaClass.getClass();
        System.out.println(lc.isSynthetic() + " " + lc.isHidden() + " " + lc.getInterfaces().length + " " + lc.getInterfaces()[0].getName()
                + " " + lc.getSimpleName().startsWith("SerializableLambdas$$Lambda$") + " " + lc.isAnonymousClass());
        Class<?> mc = multi.getClass();
        List<String> ifaces = new ArrayList<>();
        for (Class<?> i : mc.getInterfaces()) ifaces.add(i.getSimpleName());
        System.out.println(ifaces);
    }
}
