// Constructors through reflection: discovery, newInstance with boxing and varargs, inner and local
// classes' synthetic outer parameters, private constructors, abstract classes, and Class.newInstance.
import java.lang.reflect.*;
import java.util.*;

public class ReflectConstructors {
    public static class Multi {
        final String how;
        public Multi() { how = "none"; }
        public Multi(int i) { how = "int " + i; }
        public Multi(long l) { how = "long " + l; }
        public Multi(Integer i) { how = "Integer " + i; }
        public Multi(String s, Object... rest) { how = "varargs " + s + " " + Arrays.toString(rest); }
        protected Multi(double d, char c) { how = "protected " + d + c; }
        private Multi(boolean b) { how = "private " + b; }
        Multi(byte b, short s) { how = "package " + b + s; }
        @Override public String toString() { return how; }
    }
    class Inner { final int v; Inner(int v) { this.v = v; } public String toString() { return "Inner " + v + " of " + tag; } }
    String tag = "outer";
    public static abstract class Abstract { public Abstract() { } }
    public static class Throwing { public Throwing() throws java.io.IOException { throw new java.io.IOException("ctor io"); } }
    enum Kind { ONE }
    public static class WithInit { static { System.out.println("WithInit <clinit>"); } public WithInit() { System.out.println("WithInit()"); } }

    public static void main(String[] args) throws Exception {
        List<String> ctors = new ArrayList<>();
        for (Constructor<?> c : Multi.class.getDeclaredConstructors()) ctors.add(c.toString());
        Collections.sort(ctors);
        for (String c : ctors) System.out.println(c);
        System.out.println("public count " + Multi.class.getConstructors().length);
        System.out.println(Multi.class.getConstructor().newInstance());
        System.out.println(Multi.class.getConstructor(int.class).newInstance(5));
        System.out.println(Multi.class.getConstructor(int.class).newInstance((short) 6));
        System.out.println(Multi.class.getConstructor(long.class).newInstance(7));
        System.out.println(Multi.class.getConstructor(Integer.class).newInstance(8));
        Constructor<Multi> va = Multi.class.getConstructor(String.class, Object[].class);
        System.out.println(va.isVarArgs() + " " + va.newInstance("s", new Object[] {1, "two"}) + " " + va.getParameterCount());
        Constructor<Multi> prot = Multi.class.getDeclaredConstructor(double.class, char.class);
        System.out.println(prot.newInstance(1.5, 'z') + " " + Modifier.toString(prot.getModifiers()));
        Constructor<Multi> priv = Multi.class.getDeclaredConstructor(boolean.class);
        System.out.println(priv.newInstance(true) + " " + Modifier.toString(priv.getModifiers()));
        System.out.println(Multi.class.getDeclaredConstructor(byte.class, short.class).newInstance((byte) 1, (short) 2));
        try {
            Multi.class.getConstructor(boolean.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        ReflectConstructors outer = new ReflectConstructors();
        Constructor<Inner> ic = Inner.class.getDeclaredConstructor(ReflectConstructors.class, int.class);
        System.out.println(ic.newInstance(outer, 3) + " " + ic.getParameterCount() + " " + Arrays.toString(ic.getParameterTypes()) + " " + ic.getGenericParameterTypes().length);
        class Local { final String s; Local(String s) { this.s = s + args.length; } }
        Constructor<?> lc = Local.class.getDeclaredConstructors()[0];
        System.out.println(Arrays.toString(lc.getParameterTypes()) + " " + ((Local) lc.newInstance(outer, "loc")).s);
        Object anon = new Object() { public String toString() { return "anon"; } };
        Constructor<?> ac = anon.getClass().getDeclaredConstructors()[0];
        System.out.println(ac.getParameterCount() + " " + Modifier.toString(ac.getModifiers()) + " " + ac.newInstance(outer));
        try {
            Abstract.class.getConstructor().newInstance();
        } catch (InstantiationException e) {
            System.out.println("InstantiationException " + e.getMessage());
        }
        try {
            Throwing.class.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            System.out.println("ITE " + e.getCause());
        }
        try {
            Kind.class.getDeclaredConstructor(String.class, int.class).newInstance("TWO", 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println("before WithInit");
        Constructor<WithInit> wi = WithInit.class.getConstructor();
        System.out.println("constructor found");
        wi.newInstance();
        @SuppressWarnings("deprecation") Object viaClass = Multi.class.newInstance();
        System.out.println("Class.newInstance: " + viaClass);
        try {
            @SuppressWarnings("deprecation") Object t = Throwing.class.newInstance();
            System.out.println(t);
        } catch (Exception e) {
            System.out.println("Class.newInstance rethrows checked: " + e);
        }
        try {
            @SuppressWarnings("deprecation") Object o = Integer.class.newInstance();
            System.out.println(o);
        } catch (InstantiationException e) {
            System.out.println("no nullary: " + e.getMessage() + " / " + e.getCause());
        }
        System.out.println(new ArrayList<>(List.of(1)).getClass().getConstructor(Collection.class).newInstance(List.of(4, 5)));
        System.out.println(String.class.getConstructor(char[].class).newInstance((Object) new char[] {'h', 'i'}));
        System.out.println(StringBuilder.class.getConstructor(String.class).newInstance("sb").append(1));
        Constructor<Multi> c1 = Multi.class.getConstructor(int.class);
        System.out.println(c1.equals(Multi.class.getConstructor(int.class)) + " " + c1.getName() + " " + c1.getDeclaringClass().getSimpleName() + " " + c1.toGenericString());
        for (int i = 0; i < 20; i++) c1.newInstance(i);
        System.out.println("inflated: " + c1.newInstance(99));
        try {
            c1.newInstance("bad");
        } catch (IllegalArgumentException e) {
            System.out.println("inflated IAE " + (e.getMessage() == null ? "null" : e.getMessage().replaceAll("@[0-9a-f]+", "@")));
        }
    }
}
