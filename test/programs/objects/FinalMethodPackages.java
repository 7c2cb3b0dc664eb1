// A package-private final method is not overridden by a subclass in another run-time package that
// declares a method of the same name and descriptor (JLS §8.4.8.1, JVMS §5.4.5), so loading that subclass
// is not the "overrides final method" error of JVMS §5.3.5. The classes are in packages p1 and p2
// (FinalMethodPackages.v2), loaded by name.
public class FinalMethodPackages {
    public static void main(String[] args) throws Exception {
        Object b = Class.forName("p2.Sub").getDeclaredConstructor().newInstance();
        System.out.println(b);
        Object c = Class.forName("p1.SamePackageSub").getDeclaredConstructor().newInstance();
        System.out.println(c);
        // Reflection selects as invokevirtual does: the final method itself.
        java.lang.reflect.Method name = Class.forName("p1.Base").getDeclaredMethod("name");
        name.setAccessible(true);
        System.out.println(name.invoke(b) + " / " + name.invoke(c));
    }
}
