// JVMS §5.4.5/§5.4.6: a package-private method is overridden only by methods of its own run-time
// package, or through a method that overrides it (transitively). A subclass in another package that
// declares a method of the same name and descriptor gets a second method, and calls resolved to the
// package-private one still select it (or its overrider). The classes are in packages p1 and p2
// (PackagePrivateOverride.v2), loaded by name; each call also runs hot enough to be translated.
public class PackagePrivateOverride {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"p1.Base", "p2.Sub", "p1.SubSub", "p1.B", "p2.C"}) {
            Object o = Class.forName(name).getDeclaredConstructor().newInstance();
            String last = null;
            for (int i = 0; i < 2000; i++) {
                String r = o.toString();
                if (!r.equals(last)) System.out.println(name + " (" + i + "): " + r);
                last = r;
            }
        }
        // Reflection selects as invokevirtual of the Method's own method does.
        java.lang.reflect.Method baseName = Class.forName("p1.Base").getDeclaredMethod("name");
        baseName.setAccessible(true);
        java.lang.reflect.Method subName = Class.forName("p2.Sub").getDeclaredMethod("name");
        for (String name : new String[] {"p2.Sub", "p1.SubSub"}) {
            Object o = Class.forName(name).getDeclaredConstructor().newInstance();
            System.out.println(name + " reflective: " + baseName.invoke(o) + " / " + subName.invoke(o));
        }
        java.lang.reflect.Method am = Class.forName("p1.A").getDeclaredMethod("m");
        am.setAccessible(true);
        System.out.println("p2.C reflective: " + am.invoke(Class.forName("p2.C").getDeclaredConstructor().newInstance()));
    }
}
