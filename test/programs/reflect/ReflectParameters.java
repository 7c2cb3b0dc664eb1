// Method parameters through reflection (MethodParameters attribute, compiled with -parameters):
// names, modifiers, implicit and synthetic parameters, varargs, annotations, and generic types.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class ReflectParameters {
    @Retention(RetentionPolicy.RUNTIME) @interface Named { String value(); }
    class Inner { Inner(String label, final int count) { } }
    enum Mode { ON, OFF }
    record Pair<A, B>(A first, B second) { }

    public void simple(int count, String name, final long total) { }
    public static <T> List<T> generic(List<? extends T> source, Map<String, T[]> index, T... extra) { return null; }
    public void annotated(@Named("first") int a, @Deprecated @Named("second") String b) { }
    public void none() { }

    static void show(Executable e) {
        StringBuilder sb = new StringBuilder(e.getName() + "(" + e.getParameterCount() + "):");
        for (Parameter p : e.getParameters()) {
            sb.append(" [").append(p.getName()).append(' ').append(p.isNamePresent()).append(' ').append(Modifier.toString(p.getModifiers()))
              .append(p.isImplicit() ? " implicit" : "").append(p.isSynthetic() ? " synthetic" : "").append(p.isVarArgs() ? " varargs" : "")
              .append(' ').append(p.getType().getSimpleName()).append(' ').append(p.getParameterizedType().getTypeName())
              .append(' ').append(p.getAnnotations().length).append(" \"").append(p).append("\"]");
        }
        System.out.println(sb);
    }

    public static void main(String[] args) throws Exception {
        show(ReflectParameters.class.getMethod("simple", int.class, String.class, long.class));
        show(ReflectParameters.class.getMethod("generic", List.class, Map.class, Object[].class));
        show(ReflectParameters.class.getMethod("annotated", int.class, String.class));
        show(ReflectParameters.class.getMethod("none"));
        show(Inner.class.getDeclaredConstructors()[0]);
        show(Mode.class.getMethod("valueOf", String.class));
        show(Mode.class.getDeclaredConstructors()[0]);
        show(Pair.class.getDeclaredConstructors()[0]);
        show(Object.class.getMethod("equals", Object.class));
        show(String.class.getMethod("substring", int.class, int.class));
        Parameter p = ReflectParameters.class.getMethod("annotated", int.class, String.class).getParameters()[1];
        System.out.println(p.getAnnotation(Named.class).value() + " " + p.isAnnotationPresent(Deprecated.class) + " " + p.getDeclaringExecutable().getName()
                + " " + p.equals(ReflectParameters.class.getMethod("annotated", int.class, String.class).getParameters()[1]));
        Runnable lambda = () -> { };
        for (Method m : ReflectParameters.class.getDeclaredMethods()) {
            if (m.getName().startsWith("lambda$")) show(m);
        }
        System.out.println(lambda != null);
    }
}
