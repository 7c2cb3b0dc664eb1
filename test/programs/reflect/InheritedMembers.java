// Member lookup across the hierarchy: getMethods/getFields with interfaces, defaults, statics, overrides
// and covariant returns; getMethod resolution order; Method.invoke dispatch; protected and package access.
import java.lang.reflect.*;
import java.util.*;

public class InheritedMembers {
    public interface Named { String LABEL = "named"; String name(); default String describe() { return "Named " + name(); } static String util() { return "util"; } }
    public interface Aged { int AGE = 1; default String describe() { return "Aged"; } int age(); }
    public static abstract class Animal implements Named {
        public String kingdom = "animalia";
        public static String CLASS = "animal";
        protected int legs() { return 4; }
        public Animal self() { return this; }
        public String name() { return "animal"; }
    }
    public static class Dog extends Animal implements Aged {
        public String kingdom = "dog-kingdom";
        public String name() { return "dog"; }
        public int age() { return 3; }
        public String describe() { return "Dog: " + super.name() + " / " + Aged.super.describe(); }
        @Override public Dog self() { return this; }
        @Override protected int legs() { return 4; }
        void packagePrivate() { }
        private void hidden() { }
    }

    static List<String> sig(Method[] ms) {
        List<String> out = new ArrayList<>();
        for (Method m : ms) {
            if (m.getDeclaringClass() == Object.class) continue;
            out.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + "->" + m.getReturnType().getSimpleName() + (m.isBridge() ? "(bridge)" : "") + (m.isDefault() ? "(default)" : ""));
        }
        Collections.sort(out);
        return out;
    }

    static List<String> fields(Field[] fs) {
        List<String> out = new ArrayList<>();
        for (Field f : fs) out.add(f.getDeclaringClass().getSimpleName() + "." + f.getName());
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Dog methods: " + sig(Dog.class.getMethods()));
        System.out.println("Dog declared: " + sig(Dog.class.getDeclaredMethods()));
        System.out.println("Animal methods: " + sig(Animal.class.getMethods()));
        System.out.println("Named methods: " + sig(Named.class.getMethods()) + " Aged: " + sig(Aged.class.getMethods()));
        System.out.println("Dog fields: " + fields(Dog.class.getFields()) + " declared: " + fields(Dog.class.getDeclaredFields()));
        System.out.println("Named fields: " + fields(Named.class.getFields()));
        Dog d = new Dog();
        System.out.println(Dog.class.getField("kingdom").get(d) + " " + Animal.class.getField("kingdom").get(d) + " " + Dog.class.getField("CLASS").get(null) + " " + Dog.class.getField("LABEL").get(null) + " " + Dog.class.getField("AGE").getDeclaringClass().getSimpleName());
        Method self = Dog.class.getMethod("self");
        System.out.println(self.getReturnType().getSimpleName() + " " + self.getDeclaringClass().getSimpleName() + " " + self.invoke(d).getClass().getSimpleName());
        Method describe = Dog.class.getMethod("describe");
        System.out.println(describe.invoke(d) + " | " + Named.class.getMethod("describe").invoke(d) + " | " + Aged.class.getMethod("describe").invoke(d));
        System.out.println(Animal.class.getMethod("name").invoke(d) + " " + Named.class.getMethod("name").invoke(d));
        try {
            Dog.class.getMethod("util");
        } catch (NoSuchMethodException e) {
            System.out.println("static interface method not inherited: " + e.getMessage());
        }
        System.out.println(Named.class.getMethod("util").invoke(null));
        try {
            Dog.class.getMethod("legs");
        } catch (NoSuchMethodException e) {
            System.out.println("protected not public: " + e.getMessage());
        }
        Method legs = Animal.class.getDeclaredMethod("legs");
        System.out.println(Modifier.toString(legs.getModifiers()) + " " + legs.invoke(d));
        Method pp = Dog.class.getDeclaredMethod("packagePrivate");
        System.out.println("package-private modifiers '" + Modifier.toString(pp.getModifiers()) + "' " + pp.invoke(d));
        try {
            Dog.class.getMethod("hidden");
        } catch (NoSuchMethodException e) {
            System.out.println("private: " + e.getMessage());
        }
        System.out.println(Object.class.getMethods().length + " " + Runnable.class.getMethods().length + " " + Comparable.class.getMethods()[0].getName());
        System.out.println(ArrayList.class.getMethod("size").getDeclaringClass().getSimpleName() + " " + ArrayList.class.getMethod("isEmpty").getDeclaringClass().getSimpleName()
                + " " + ArrayList.class.getMethod("stream").getDeclaringClass().getSimpleName() + " " + ArrayList.class.getMethod("hashCode").getDeclaringClass().getSimpleName());
        System.out.println(List.class.getMethod("of", Object[].class).getReturnType().getSimpleName() + " " + Map.Entry.class.getMethod("comparingByKey").getParameterCount());
        Method eq = Named.class.getMethod("equals", Object.class);
        System.out.println(eq.getDeclaringClass().getSimpleName() + " " + eq.invoke(d, d));
    }
}
