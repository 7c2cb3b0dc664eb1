// Reflective access control: IllegalAccessException messages for private, package and protected members
// (in this module and in java.base), setAccessible/trySetAccessible/canAccess and module encapsulation,
// and access through MethodHandles with the same rules.
import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;

public class AccessChecks {
    static class Vault {
        private int secret = 1;
        int pkg = 2;
        protected int prot = 3;
        public int pub = 4;
        private static String sSecret = "s";
        private Vault() { }
        Vault(int x) { secret = x; }
        private String peek() { return "peek " + secret; }
    }

    static String msg(Throwable e) { return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("@[0-9a-f]+", "@"); }

    public static void main(String[] args) throws Throwable {
        Vault v = new Vault(9);
        for (String name : new String[] {"secret", "pkg", "prot", "pub", "sSecret"}) {
            Field f = Vault.class.getDeclaredField(name);
            System.out.println(name + " canAccess=" + f.canAccess(Modifier.isStatic(f.getModifiers()) ? null : v) + " value=" + f.get(Modifier.isStatic(f.getModifiers()) ? null : v));
        }
        System.out.println(Vault.class.getDeclaredMethod("peek").invoke(v) + " " + Vault.class.getDeclaredConstructor().newInstance().pub);
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        Field size = ArrayList.class.getDeclaredField("size");
        try {
            size.get(list);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            size.setAccessible(true);
        } catch (InaccessibleObjectException e) {
            System.out.println(msg(e));
        }
        System.out.println("trySetAccessible " + size.trySetAccessible() + " canAccess " + size.canAccess(list));
        Method grow = ArrayList.class.getDeclaredMethod("grow", int.class);
        try {
            grow.invoke(list, 10);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        Method elementData = ArrayList.class.getDeclaredMethod("elementData", int.class);
        try {
            elementData.invoke(list, 0);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        Field modCount = java.util.AbstractList.class.getDeclaredField("modCount");
        try {
            modCount.getInt(list);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        Constructor<String> strCtor = String.class.getDeclaredConstructor(byte[].class, byte.class);
        try {
            strCtor.newInstance(new byte[] {65}, (byte) 0);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            AccessibleObject.setAccessible(new AccessibleObject[] {strCtor, size}, true);
        } catch (InaccessibleObjectException e) {
            System.out.println(msg(e));
        }
        Field accessibleHere = Vault.class.getDeclaredField("secret");
        accessibleHere.setAccessible(true);
        System.out.println("own module setAccessible ok: " + accessibleHere.getInt(v));
        try {
            Class.class.getDeclaredField("classLoader");
        } catch (NoSuchFieldException e) {
            System.out.println("filtered field: " + msg(e));
        }
        System.out.println("public field of public class: " + Integer.class.getField("MAX_VALUE").getInt(null));
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        System.out.println((String) lookup.findVirtual(Vault.class, "peek", MethodType.methodType(String.class)).invokeExact(v));
        try {
            lookup.findGetter(ArrayList.class, "size", int.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.privateLookupIn(ArrayList.class, lookup);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            lookup.unreflectGetter(size);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        System.out.println(Modifier.toString(ArrayList.class.getDeclaredField("elementData").getModifiers()) + " | " + Modifier.toString(Vault.class.getModifiers())
                + " | " + Modifier.toString(Vault.class.getDeclaredConstructor().getModifiers()));
    }
}
