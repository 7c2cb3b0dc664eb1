// Class introspection: names of nested, local, anonymous, array and hidden classes, enclosing and declaring
// classes/methods, modifiers, packages, interfaces, sealed classes, and Class.cast messages.
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class ClassProperties {
    public static class StaticNested { }
    protected class Inner { private class Deeper { } }
    interface Iface { }
    @interface Ann { }
    enum En { X, Y { } }
    sealed interface Shape permits Circle, Square, Poly { }
    static final class Circle implements Shape { }
    static non-sealed class Square implements Shape { }
    static sealed class Poly implements Shape permits Tri { }
    static final class Tri extends Poly { }
    record R(int a) { }

    static String describe(Class<?> c) {
        return c.getName() + " | simple=" + c.getSimpleName() + " | canonical=" + c.getCanonicalName() + " | type=" + c.getTypeName()
                + " | pkg=" + c.getPackageName() + " | member=" + c.isMemberClass() + " local=" + c.isLocalClass() + " anon=" + c.isAnonymousClass()
                + " | enclosing=" + (c.getEnclosingClass() == null ? null : c.getEnclosingClass().getSimpleName())
                + " | declaring=" + (c.getDeclaringClass() == null ? null : c.getDeclaringClass().getSimpleName())
                + " | mods=" + Modifier.toString(c.getModifiers()) + " | synthetic=" + c.isSynthetic();
    }

    Object anonymousInField = new Runnable() { public void run() { } };

    public static void main(String[] args) throws Exception {
        class Local { }
        Object anon = new Object() { };
        Runnable lambda = () -> { };
        Supplier<Object> localInLambda = () -> { class InLambda { } return new InLambda(); };
        for (Class<?> c : new Class<?>[] {ClassProperties.class, StaticNested.class, Inner.class, Inner.Deeper.class, Iface.class, Ann.class, En.class, En.Y.getClass(),
                Local.class, anon.getClass(), new ClassProperties().anonymousInField.getClass(), localInLambda.get().getClass(), int.class, void.class,
                int[].class, Local[][].class, StaticNested[].class, String.class, Map.Entry.class, R.class, Shape.class, Thread.State.class}) {
            System.out.println(describe(c));
        }
        Class<?> lc = lambda.getClass();
        System.out.println("lambda: hidden=" + lc.isHidden() + " synthetic=" + lc.isSynthetic() + " anon=" + lc.isAnonymousClass() + " member=" + lc.isMemberClass()
                + " canonical=" + lc.getCanonicalName() + " enclosing=" + lc.getEnclosingClass() + " nestHost=" + lc.getNestHost().getSimpleName()
                + " pkg='" + lc.getPackageName() + "' mods=" + Modifier.toString(lc.getModifiers()));
        Method em = Local.class.getEnclosingMethod();
        System.out.println("enclosing method: " + em + " / anon: " + anon.getClass().getEnclosingMethod().getName() + " / ctor: " + Local.class.getEnclosingConstructor());
        System.out.println("field anon enclosing method: " + new ClassProperties().anonymousInField.getClass().getEnclosingMethod()
                + " ctor: " + new ClassProperties().anonymousInField.getClass().getEnclosingConstructor());
        System.out.println("in lambda: " + localInLambda.get().getClass().getEnclosingMethod().getName());
        List<String> declared = new ArrayList<>();
        for (Class<?> c : ClassProperties.class.getDeclaredClasses()) declared.add(c.getSimpleName());
        Collections.sort(declared);
        System.out.println("declared classes: " + declared);
        List<String> pub = new ArrayList<>();
        for (Class<?> c : ClassProperties.class.getClasses()) pub.add(c.getSimpleName());
        System.out.println("public classes: " + pub);
        System.out.println("sealed: " + Shape.class.isSealed() + " " + Poly.class.isSealed() + " " + Square.class.isSealed() + " " + Circle.class.isSealed());
        List<String> permitted = new ArrayList<>();
        for (Class<?> c : Shape.class.getPermittedSubclasses()) permitted.add(c.getSimpleName());
        System.out.println("permitted: " + permitted + " " + Arrays.toString(Poly.class.getPermittedSubclasses()) + " " + Square.class.getPermittedSubclasses());
        System.out.println("interfaces: " + Arrays.toString(Circle.class.getInterfaces()) + " " + Arrays.toString(ArrayList.class.getInterfaces()) + " " + Arrays.toString(Iface.class.getInterfaces()));
        System.out.println("supers: " + Iface.class.getSuperclass() + " " + int.class.getSuperclass() + " " + En.Y.getClass().getSuperclass().getSimpleName() + " " + Object.class.getSuperclass());
        System.out.println("kinds: " + Iface.class.isInterface() + " " + Ann.class.isAnnotation() + " " + Ann.class.isInterface() + " " + En.class.isEnum() + " " + En.Y.getClass().isEnum()
                + " " + int.class.isPrimitive() + " " + Integer.TYPE + " " + R.class.isRecord());
        System.out.println("package: " + String.class.getPackage().getName() + " " + ClassProperties.class.getPackage().getName().isEmpty() + " " + Map.class.getModule().getName()
                + " " + ClassProperties.class.getModule().isNamed());
        System.out.println("loaders: " + String.class.getClassLoader() + " " + (ClassProperties.class.getClassLoader() == ClassLoader.getSystemClassLoader()) + " " + int[].class.getClassLoader()
                + " " + (Local[].class.getClassLoader() == ClassProperties.class.getClassLoader()));
        System.out.println("cast: " + String.class.cast("ok") + " " + String.class.cast(null));
        try {
            Integer.class.cast("no");
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        System.out.println("instance: " + Number.class.isInstance(1) + " " + int.class.isInstance(1) + " " + Object[].class.isInstance(new String[0]) + " " + Runnable.class.isInstance(lambda));
        System.out.println("assignable: " + Number.class.isAssignableFrom(Integer.class) + " " + int.class.isAssignableFrom(int.class) + " " + long.class.isAssignableFrom(int.class)
                + " " + Object.class.isAssignableFrom(int.class) + " " + Iface.class.isAssignableFrom(Iface.class));
        System.out.println("descriptors: " + int.class.descriptorString() + " " + String.class.descriptorString() + " " + Inner.class.descriptorString() + " " + void.class.describeConstable());
        System.out.println("toString: " + int.class + " " + Iface.class + " " + int[].class + " " + Iface.class.toGenericString() + " " + Map.class.toGenericString() + " " + Ann.class.toGenericString()
                + " | " + En.class.toGenericString() + " | " + R.class.toGenericString());
        System.out.println("enum constants: " + Arrays.toString(En.class.getEnumConstants()) + " " + En.Y.getClass().getEnumConstants() + " " + String.class.getEnumConstants());
        System.out.println("nest: " + Inner.Deeper.class.getNestHost().getSimpleName() + " " + Local.class.getNestHost().getSimpleName() + " " + String.class.getNestHost().getSimpleName());
        System.out.println("array type: " + String.class.arrayType().componentType() + " " + int[][].class.getComponentType().getComponentType() + " " + String.class.componentType());
    }
}
