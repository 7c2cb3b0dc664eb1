public class ClassNames {
    static class Nested {
        class Inner {
            class Deeper {}
        }
    }
    interface Iface {}
    enum Color { RED, GREEN { } }

    static void show(String label, Class<?> c) {
        System.out.println(label + ": name=" + c.getName() + " simple=" + c.getSimpleName() + " canonical=" + c.getCanonicalName()
                + " typeName=" + c.getTypeName() + " anon=" + c.isAnonymousClass() + " local=" + c.isLocalClass() + " member="
                + c.isMemberClass() + " enclosing=" + (c.getEnclosingClass() == null ? "-" : c.getEnclosingClass().getName())
                + " declaring=" + (c.getDeclaringClass() == null ? "-" : c.getDeclaringClass().getName()) + " package='"
                + c.getPackageName() + "'");
    }

    public static void main(String[] args) {
        class Local {}
        Object anon = new Object() {};
        Runnable anon2 = new Runnable() { public void run() {} };
        Nested.Inner inner = new Nested().new Inner();
        Nested.Inner.Deeper deeper = inner.new Deeper();
        show("top", ClassNames.class);
        show("nested", Nested.class);
        show("inner", inner.getClass());
        show("deeper", deeper.getClass());
        show("local", Local.class);
        show("anon", anon.getClass());
        show("anon2", anon2.getClass());
        show("iface", Iface.class);
        show("enum", Color.class);
        show("enum constant body", Color.GREEN.getClass());
        show("int[]", int[].class);
        show("Local[][]", Local[][].class);
        show("Nested.Inner[]", Nested.Inner[].class);
        show("String", String.class);
        show("Map.Entry", java.util.Map.Entry.class);
        show("int", int.class);
        show("Thread.State", Thread.State.class);
        System.out.println("toString: " + ClassNames.class + " | " + Iface.class + " | " + int.class + " | " + int[].class + " | "
                + Color.GREEN.getClass().getSuperclass());
        System.out.println("modifiers: " + java.lang.reflect.Modifier.toString(Nested.class.getModifiers()) + " | "
                + java.lang.reflect.Modifier.toString(Iface.class.getModifiers()) + " | "
                + java.lang.reflect.Modifier.toString(int[].class.getModifiers()));
    }
}
