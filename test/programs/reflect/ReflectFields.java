// java.lang.reflect.Field: listing, get/set of every type with widening, static and final fields,
// access checks and the exact messages of IllegalArgumentException and IllegalAccessException.
import java.lang.reflect.*;
import java.util.*;

public class ReflectFields {
    static class Base { public int baseField = 1; protected String prot = "p"; }
    static class Sample extends Base {
        public boolean z = true;
        public byte b = 1;
        public short s = 2;
        public char c = 'c';
        public int i = 3;
        public long l = 4L;
        public float f = 5.5f;
        public double d = 6.25;
        public String str = "str";
        public Integer boxed = 7;
        private int secret = 8;
        final int fin = 9;
        public static int stat = 10;
        static final String CONST = "const";
        static final Object STATIC_FINAL = new Object();
        transient volatile int tv;
        public int[] arr = {1};
    }
    enum E { A, B }

    public static void main(String[] args) throws Exception {
        Class<Sample> k = Sample.class;
        for (Field f : k.getDeclaredFields()) {
            System.out.println(Modifier.toString(f.getModifiers()) + " | " + f.getType().getName() + " " + f.getName() + " | " + f.getDeclaringClass().getSimpleName()
                    + (f.isSynthetic() ? " synthetic" : "") + " | " + f);
        }
        List<String> pub = new ArrayList<>();
        for (Field f : k.getFields()) pub.add(f.getName());
        System.out.println("public: " + pub);
        Sample o = new Sample();
        for (String n : new String[] {"z", "b", "s", "c", "i", "l", "f", "d", "str", "boxed", "arr"}) {
            Object v = k.getField(n).get(o);
            System.out.println(n + " = " + (v instanceof int[] ? "int[" + ((int[]) v).length + "]" : v) + " (" + (v == null ? null : v.getClass().getSimpleName()) + ")");
        }
        Field fi = k.getField("i");
        System.out.println(fi.getInt(o) + " " + fi.getLong(o) + " " + fi.getFloat(o) + " " + fi.getDouble(o));
        fi.setInt(o, 30); fi.set(o, (short) 31); fi.setByte(o, (byte) 32); fi.setChar(o, 'A');
        System.out.println(o.i);
        Field fl = k.getField("l");
        fl.setLong(o, 1L << 50); System.out.println(o.l + " " + fl.getLong(o) + " " + fl.getFloat(o));
        fl.set(o, 12); System.out.println(o.l);
        k.getField("d").setFloat(o, 0.5f); System.out.println(o.d);
        k.getField("z").setBoolean(o, false); System.out.println(o.z + " " + k.getField("z").getBoolean(o));
        k.getField("c").set(o, 'Z'); System.out.println(o.c + " " + k.getField("c").getInt(o));
        k.getField("str").set(o, null); System.out.println(o.str);
        k.getField("boxed").set(o, 99); System.out.println(o.boxed);
        String[] bad = {"getInt on boolean", "setInt on boolean", "set String on int", "getBoolean on int", "getByte on int",
                "set Long on int", "set null on int", "get on null", "wrong object", "set int on Integer", "getChar on byte", "setShort on char"};
        for (String label : bad) {
            try {
                switch (label) {
                    case "getInt on boolean": k.getField("z").getInt(o); break;
                    case "setInt on boolean": k.getField("z").setInt(o, 1); break;
                    case "set String on int": fi.set(o, "x"); break;
                    case "getBoolean on int": fi.getBoolean(o); break;
                    case "getByte on int": fi.getByte(o); break;
                    case "set Long on int": fi.set(o, 5L); break;
                    case "set null on int": fi.set(o, null); break;
                    case "get on null": fi.get(null); break;
                    case "wrong object": fi.get("string"); break;
                    case "set int on Integer": k.getField("boxed").setInt(o, 1); break;
                    case "getChar on byte": k.getField("b").getChar(o); break;
                    case "setShort on char": k.getField("c").setShort(o, (short) 1); break;
                }
                System.out.println(label + ": no exception");
            } catch (Exception e) {
                System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        Field secret = k.getDeclaredField("secret");
        System.out.println(secret.canAccess(o) + " " + secret.get(o));
        Field fin = k.getDeclaredField("fin");
        try {
            fin.setInt(o, 1);
        } catch (IllegalAccessException e) {
            System.out.println("final: " + e.getMessage());
        }
        fin.setAccessible(true);
        fin.setInt(o, 100);
        System.out.println("final after setAccessible: " + fin.getInt(o));
        Field stat = k.getField("stat");
        stat.set(null, 11);
        System.out.println(Sample.stat + " " + stat.get(null) + " " + stat.get("ignored receiver"));
        Field cnst = k.getDeclaredField("CONST");
        cnst.setAccessible(true);
        try {
            cnst.set(null, "changed");
        } catch (IllegalAccessException e) {
            System.out.println("static final: " + e.getMessage());
        }
        System.out.println(cnst.get(null));
        try {
            k.getField("secret");
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE " + e.getMessage());
        }
        System.out.println(k.getField("baseField").getDeclaringClass().getSimpleName() + " " + k.getField("baseField").get(o));
        try {
            System.out.println(k.getDeclaredField("baseField"));
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE declared " + e.getMessage());
        }
        Field ea = E.class.getField("A");
        System.out.println(ea.isEnumConstant() + " " + ea.get(null) + " " + Modifier.toString(ea.getModifiers()));
        System.out.println(fi.equals(k.getField("i")) + " " + (fi.hashCode() == k.getField("i").hashCode()) + " " + fi.toGenericString());
        System.out.println(Arrays.toString(String.class.getFields().length > 0 ? new int[] {1} : new int[0]));
        Field tv = k.getDeclaredField("tv");
        System.out.println(Modifier.isTransient(tv.getModifiers()) + " " + Modifier.isVolatile(tv.getModifiers()));
    }
}
