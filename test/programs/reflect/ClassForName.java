// Class.forName edge cases: arrays, primitives, nested classes, initialization control, bad names,
// loaders, and failing static initializers.
public class ClassForName {
    static class Init {
        static { System.out.println("Init initialized"); }
        static int x = 5;
    }
    static class Lazy {
        static { System.out.println("Lazy initialized"); }
    }
    static class Broken {
        static int v = 1 / Integer.parseInt("0");
    }
    class Inner { }

    static void tryName(String name) {
        try {
            Class<?> c = Class.forName(name);
            System.out.println(name + " -> " + c.getName() + " / " + c.getSimpleName() + " / " + c.getTypeName());
        } catch (ClassNotFoundException e) {
            System.out.println(name + " -> CNFE " + e.getMessage());
        } catch (Throwable t) {
            System.out.println(name + " -> " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        for (String n : new String[] {
                "java.lang.String", "[I", "[[J", "[Ljava.lang.String;", "[[Ljava.util.Map$Entry;", "int", "I", "void",
                "java.util.Map$Entry", "java.util.Map.Entry", "ClassForName$Inner", "ClassForName.Inner", "[LClassForName$Inner;",
                "java/lang/String", "Ljava.lang.String;", "[Ljava.lang.String", "[", "[[", "[V", "[Z", "", "nope.Nothing",
                "java.lang.string", "[Lint;", "[Ljava.lang.Nope;", ".String", "java..lang.String", "[[[[[[D" }) {
            tryName(n);
        }
        System.out.println("before forName(Init)");
        Class<?> init = Class.forName("ClassForName$Init");
        System.out.println("after forName(Init) " + init.getSimpleName());
        Class<?> lazy = Class.forName("ClassForName$Lazy", false, ClassForName.class.getClassLoader());
        System.out.println("loaded without init: " + lazy.getName());
        Class.forName("ClassForName$Lazy", true, ClassForName.class.getClassLoader());
        System.out.println("again");
        Class.forName("ClassForName$Lazy");
        try {
            Class.forName("ClassForName$Broken");
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE cause: " + e.getCause());
        }
        try {
            Class.forName("ClassForName$Broken");
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE: " + e.getMessage());
        }
        System.out.println(Class.forName("java.lang.Object", false, null).getName());
        try {
            Class.forName("ClassForName", false, null);
        } catch (ClassNotFoundException e) {
            System.out.println("boot loader cannot see app class: " + e.getMessage());
        }
        try { Class.forName("[LClassForName;", false, null); } catch (ClassNotFoundException e) { System.out.println("array via boot: " + e.getMessage()); }
        System.out.println(Class.forName("[LClassForName;", false, ClassForName.class.getClassLoader()).getName());
        System.out.println(int[].class == Class.forName("[I") && Class.forName("[[I").getComponentType() == int[].class);
    }
}
