// Type annotations (RuntimeVisibleTypeAnnotations) through AnnotatedType: on fields, method returns,
// parameters, receivers, exceptions, type arguments, arrays, bounds, and class supertypes.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class TypeAnnotations {
    @Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.RUNTIME) @interface NonNull { }
    @Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.RUNTIME) @interface Tag { String value(); }
    @Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER}) @Retention(RetentionPolicy.RUNTIME) @interface Param { int value() default 0; }

    static class Base<T> { }
    interface Marker<U> { }
    static class Sample<@Param(1) T extends @Tag("bound") Comparable<T>> extends Base<@NonNull String> implements Marker<@Tag("iface") Integer> {
        @NonNull String name;
        List<@Tag("elem") String> list;
        @Tag("outer") String @Tag("array") [] array;
        Map<@Tag("key") String, ? extends @Tag("wild") Number> map;
        public @Tag("ret") String method(@NonNull Sample<T> this, @Tag("param") int x, List<@NonNull ? super Integer> sink) throws @Tag("ex") Exception { return null; }
    }

    static String show(AnnotatedType t) {
        StringBuilder sb = new StringBuilder(t.getType().getTypeName()).append(Arrays.toString(t.getAnnotations()));
        if (t instanceof AnnotatedParameterizedType) {
            sb.append("<");
            for (AnnotatedType a : ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()) sb.append(show(a)).append(";");
            sb.append(">");
        } else if (t instanceof AnnotatedArrayType) {
            sb.append(" of ").append(show(((AnnotatedArrayType) t).getAnnotatedGenericComponentType()));
        } else if (t instanceof AnnotatedWildcardType) {
            AnnotatedWildcardType w = (AnnotatedWildcardType) t;
            for (AnnotatedType u : w.getAnnotatedUpperBounds()) sb.append(" up ").append(show(u));
            for (AnnotatedType lo : w.getAnnotatedLowerBounds()) sb.append(" low ").append(show(lo));
        } else if (t instanceof AnnotatedTypeVariable) {
            for (AnnotatedType b : ((AnnotatedTypeVariable) t).getAnnotatedBounds()) sb.append(" bound ").append(b.getType().getTypeName()).append(Arrays.toString(b.getAnnotations()));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Class<?> c = Sample.class;
        for (String f : new String[] {"name", "list", "array", "map"}) System.out.println(f + ": " + show(c.getDeclaredField(f).getAnnotatedType()));
        Method m = c.getMethod("method", int.class, List.class);
        System.out.println("return: " + show(m.getAnnotatedReturnType()));
        System.out.println("receiver: " + show(m.getAnnotatedReceiverType()));
        for (AnnotatedType p : m.getAnnotatedParameterTypes()) System.out.println("param: " + show(p));
        for (AnnotatedType e : m.getAnnotatedExceptionTypes()) System.out.println("throws: " + show(e));
        System.out.println("super: " + show(c.getAnnotatedSuperclass()));
        for (AnnotatedType i : c.getAnnotatedInterfaces()) System.out.println("interface: " + show(i));
        TypeVariable<?> tv = c.getTypeParameters()[0];
        System.out.println("type param: " + tv + " " + Arrays.toString(tv.getAnnotations()) + " bounds " + show(tv.getAnnotatedBounds()[0]));
        System.out.println(m.getAnnotatedReturnType().getAnnotation(Tag.class).value() + " " + c.getDeclaredField("name").getAnnotatedType().isAnnotationPresent(NonNull.class)
                + " " + c.getDeclaredField("name").getAnnotations().length);
    }
}
