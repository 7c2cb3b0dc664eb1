// Records through reflection: getRecordComponents, accessors, canonical constructors, generic component
// types, and Class.isRecord.
import java.lang.reflect.*;
import java.util.*;

public class ReflectRecords {
    record Point(int x, int y) { }
    record Gen<T extends Number>(T value, List<? extends T> more, String[] names) { }
    record Empty() { }
    record WithStatic(String s) { static int count = 0; static String make() { return "made"; } }
    static class NotRecord { int x; }
    record Overrides(String name) { public String name() { return "overridden " + name; } }
    interface Shape { }
    record Circle(double r) implements Shape { }

    public static void main(String[] args) throws Exception {
        for (Class<?> c : new Class<?>[] {Point.class, Gen.class, Empty.class, WithStatic.class, NotRecord.class, Overrides.class, Circle.class, Record.class, int.class, Point[].class}) {
            RecordComponent[] rcs = c.getRecordComponents();
            StringBuilder sb = new StringBuilder(c.getSimpleName() + " isRecord=" + c.isRecord() + " components=");
            if (rcs == null) sb.append("null");
            else for (RecordComponent rc : rcs) sb.append(rc.getName()).append(':').append(rc.getType().getSimpleName()).append(':').append(rc.getGenericType().getTypeName())
                    .append(':').append(rc.getGenericSignature()).append(':').append(rc.getAccessor().getName()).append(':').append(rc.getDeclaringRecord().getSimpleName()).append(' ');
            System.out.println(sb);
        }
        Point p = new Point(3, 4);
        for (RecordComponent rc : Point.class.getRecordComponents()) System.out.println(rc + " = " + rc.getAccessor().invoke(p));
        Constructor<Point> canon = Point.class.getDeclaredConstructor(int.class, int.class);
        System.out.println(canon.newInstance(7, 8) + " " + Modifier.toString(canon.getModifiers()));
        Gen<Integer> g = new Gen<>(5, List.of(1, 2), new String[] {"a"});
        RecordComponent[] grc = Gen.class.getRecordComponents();
        System.out.println(grc[0].getAccessor().invoke(g) + " " + grc[1].getAccessor().invoke(g) + " " + ((String[]) grc[2].getAccessor().invoke(g)).length);
        System.out.println(grc[0].getGenericType() + " " + grc[1].getGenericType() + " " + grc[2].getGenericType());
        System.out.println(Overrides.class.getRecordComponents()[0].getAccessor().invoke(new Overrides("n")));
        System.out.println(Point.class.getSuperclass() + " " + Modifier.toString(Point.class.getModifiers()) + " " + Arrays.toString(Circle.class.getInterfaces()));
        List<String> fields = new ArrayList<>();
        for (Field f : Point.class.getDeclaredFields()) fields.add(Modifier.toString(f.getModifiers()) + " " + f.getName());
        System.out.println(fields);
        Field fx = Point.class.getDeclaredField("x");
        fx.setAccessible(true);
        System.out.println(fx.get(p));
        try {
            fx.set(p, 99);
        } catch (IllegalAccessException e) {
            System.out.println("record field is trusted final: " + e.getMessage());
        }
        List<String> methods = new ArrayList<>();
        for (Method m : Point.class.getDeclaredMethods()) methods.add(m.getName() + m.getParameterCount());
        Collections.sort(methods);
        System.out.println(methods);
        System.out.println(Point.class.getMethod("toString").invoke(p) + " " + Point.class.getMethod("hashCode").invoke(p) + " " + Point.class.getMethod("equals", Object.class).invoke(p, new Point(3, 4)));
        RecordComponent rc0 = Point.class.getRecordComponents()[0];
        System.out.println(rc0.getAnnotations().length + " " + rc0.getAnnotatedType().getType() + " " + rc0.toString());
    }
}
