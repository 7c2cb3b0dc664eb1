// Runtime-visible annotations with every element kind on classes, fields, methods, constructors,
// parameters and record components; defaults, @Inherited, repeatable annotations, and the
// annotation proxies' toString/equals/hashCode.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class ReflectAnnotations {
    enum Color { RED, GREEN, BLUE }
    @Retention(RetentionPolicy.RUNTIME) @interface Inner { String value() default "inner"; int n() default 0; }
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.CONSTRUCTOR})
    @interface All {
        boolean z() default true;
        byte b() default 1;
        short s() default 2;
        char c() default 'c';
        int i() default 3;
        long l() default 4L;
        float f() default 5.5f;
        double d() default 6.25;
        String str() default "default";
        Class<?> cls() default Object.class;
        Color color() default Color.GREEN;
        Inner inner() default @Inner;
        int[] ints() default {};
        String[] strs() default {"a", "b"};
        Class<?>[] classes() default {int.class, String[].class};
        Color[] colors() default {Color.RED};
        Inner[] inners() default {};
        long[] longs() default {1L, -1L};
        char[] chars() default {'x'};
        double[] doubles() default {0.5};
        boolean[] bools() default {true, false};
    }
    @Retention(RetentionPolicy.RUNTIME) @Inherited @interface Tag { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @Repeatable(Notes.class) @interface Note { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Notes { Note[] value(); }
    @Retention(RetentionPolicy.CLASS) @interface ClassOnly { }
    @Retention(RetentionPolicy.SOURCE) @interface SourceOnly { }
    @Retention(RetentionPolicy.RUNTIME) @interface Marker { }

    @All(z = false, b = -1, s = 300, c = 'Z', i = -7, l = 1L << 40, f = -0.5f, d = 1e-3, str = "custom", cls = Map.Entry.class,
         color = Color.BLUE, inner = @Inner(value = "given", n = 9), ints = {1, 2, 3}, strs = {}, classes = {void.class, long[][].class},
         colors = {Color.BLUE, Color.RED}, inners = {@Inner("x"), @Inner(n = 2)}, longs = {Long.MIN_VALUE}, chars = {'a', 'b'},
         doubles = {Double.NaN, Double.NEGATIVE_INFINITY}, bools = {})
    @Tag("base") @Note("one") @Note("two") @ClassOnly @SourceOnly
    static class Annotated {
        @All @Marker public int field;
        @Deprecated public String old;
        @All(str = "ctor") public Annotated(@Inner("p0") int a, @Marker @Inner("p1") String b, String c) { }
        @All(i = 42) @Note("method") public void method(@All(l = 7) long x, int y) { }
        public void plain() { }
    }
    static class Child extends Annotated { Child() { super(0, "", ""); } }
    record Rec(@Inner("component") int x, @Marker String y) { }

    static String sorted(Annotation[] anns) {
        List<String> out = new ArrayList<>();
        for (Annotation a : anns) out.add(a.toString());
        Collections.sort(out);
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Class<Annotated> k = Annotated.class;
        All all = k.getAnnotation(All.class);
        System.out.println(all.z() + " " + all.b() + " " + all.s() + " " + all.c() + " " + all.i() + " " + all.l() + " " + all.f() + " " + all.d() + " " + all.str());
        System.out.println(all.cls() + " " + all.color() + " " + all.inner().value() + all.inner().n() + " " + Arrays.toString(all.ints()) + " " + all.strs().length);
        System.out.println(Arrays.toString(all.classes()) + " " + Arrays.toString(all.colors()) + " " + all.inners().length + " " + all.inners()[1].value()
                + " " + Arrays.toString(all.longs()) + " " + Arrays.toString(all.chars()) + " " + Arrays.toString(all.doubles()) + " " + all.bools().length);
        System.out.println(all);
        System.out.println(all.annotationType() + " " + (all instanceof All) + " " + Proxy.isProxyClass(all.getClass()));
        System.out.println("class annotations: " + sorted(k.getAnnotations()));
        System.out.println("child annotations: " + sorted(Child.class.getAnnotations()) + " declared: " + sorted(Child.class.getDeclaredAnnotations()));
        System.out.println("notes: " + Arrays.toString(k.getAnnotationsByType(Note.class)) + " " + k.getAnnotation(Note.class) + " " + k.getAnnotation(Notes.class).value().length);
        System.out.println("class-only visible: " + k.isAnnotationPresent(ClassOnly.class) + " source-only: " + k.isAnnotationPresent(SourceOnly.class));
        Field f = k.getField("field");
        System.out.println("field: " + sorted(f.getAnnotations()) + " " + f.isAnnotationPresent(Marker.class));
        System.out.println("deprecated: " + k.getField("old").getAnnotation(Deprecated.class));
        Method m = k.getMethod("method", long.class, int.class);
        System.out.println("method: " + m.getAnnotation(All.class).i() + " " + m.getAnnotation(Note.class).value());
        Annotation[][] pa = m.getParameterAnnotations();
        System.out.println("method params: " + pa.length + " " + pa[0].length + " " + ((All) pa[0][0]).l() + " " + pa[1].length);
        Constructor<Annotated> c = k.getConstructor(int.class, String.class, String.class);
        System.out.println("ctor: " + c.getAnnotation(All.class).str());
        Annotation[][] cpa = c.getParameterAnnotations();
        System.out.println("ctor params: " + sorted(cpa[0]) + " " + sorted(cpa[1]) + " " + cpa[2].length);
        System.out.println("plain: " + k.getMethod("plain").getAnnotations().length);
        All dflt = f.getAnnotation(All.class);
        System.out.println(dflt);
        System.out.println(dflt.equals(f.getAnnotation(All.class)) + " " + dflt.equals(all) + " " + (dflt.hashCode() == f.getAnnotation(All.class).hashCode()));
        System.out.println(all.inner().hashCode() + " " + k.getAnnotation(Tag.class).hashCode());
        Method defaultMethod = All.class.getMethod("colors");
        System.out.println("default value: " + Arrays.toString((Object[]) defaultMethod.getDefaultValue()) + " " + All.class.getMethod("inner").getDefaultValue());
        RecordComponent[] rcs = Rec.class.getRecordComponents();
        System.out.println("record: " + rcs[0].getAnnotation(Inner.class) + " " + rcs[1].isAnnotationPresent(Marker.class));
        System.out.println("record field: " + sorted(Rec.class.getDeclaredField("x").getAnnotations()) + " accessor: " + sorted(Rec.class.getMethod("x").getAnnotations()));
        System.out.println(All.class.isAnnotation() + " " + Retention.class.getAnnotation(Retention.class) + " " + Arrays.toString(All.class.getAnnotation(Target.class).value()));
        System.out.println(Tag.class.isAnnotationPresent(Inherited.class) + " " + Note.class.getAnnotation(Repeatable.class));
    }
}
