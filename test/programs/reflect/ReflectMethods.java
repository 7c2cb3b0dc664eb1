// java.lang.reflect.Method: discovery (declared, public, inherited, bridges, defaults), invoke on every
// kind of method, return boxing, argument unboxing/widening, varargs, and toString forms.
import java.lang.reflect.*;
import java.util.*;

public class ReflectMethods {
    interface Shape { double area(); default String kind() { return "shape"; } static Shape unit() { return () -> 1.0; } }
    static abstract class Base implements Shape {
        public String name() { return "base"; }
        protected abstract int sides();
        public static String util(int x) { return "util" + x; }
    }
    static class Square extends Base implements Comparable<Square> {
        final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
        @Override public String name() { return "square"; }
        protected int sides() { return 4; }
        public int compareTo(Square o) { return Double.compare(side, o.side); }
        private String secret(String a, int b) { return a + b; }
        public long sum(long a, int b, short c, byte d, char e) { return a + b + c + d + e; }
        public boolean flag() { return true; }
        public char letter() { return 'Q'; }
        public float half(float f) { return f / 2; }
        public byte toByte(int i) { return (byte) i; }
        public void nothing() { }
        public String join(String sep, String... parts) { return String.join(sep, parts); }
        public static synchronized int[] range(int n) { int[] r = new int[n]; for (int i = 0; i < n; i++) r[i] = i; return r; }
        public <T extends Comparable<T>> T max(List<? extends T> items) throws IllegalStateException { return Collections.max(items); }
    }

    static List<String> names(Method[] ms) {
        List<String> out = new ArrayList<>();
        for (Method m : ms) out.add(m.getName() + (m.isBridge() ? "(bridge)" : "") + (m.isSynthetic() ? "(synthetic)" : "") + (m.isDefault() ? "(default)" : ""));
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws Exception {
        Class<Square> k = Square.class;
        System.out.println("declared: " + names(k.getDeclaredMethods()));
        List<String> pub = names(k.getMethods());
        System.out.println("public: " + pub);
        System.out.println("Base declared: " + names(Base.class.getDeclaredMethods()));
        System.out.println("Shape: " + names(Shape.class.getDeclaredMethods()) + " " + names(Shape.class.getMethods()));
        Square sq = new Square(3);
        Method area = k.getMethod("area");
        System.out.println(area + " -> " + area.invoke(sq));
        Method kind = k.getMethod("kind");
        System.out.println(kind + " -> " + kind.invoke(sq) + " " + kind.getDeclaringClass().getSimpleName());
        Method name = Base.class.getMethod("name");
        System.out.println(name.invoke(sq) + " (virtual dispatch through Base.name)");
        System.out.println(k.getMethod("util", int.class).invoke(null, 5) + " " + k.getMethod("util", int.class).getDeclaringClass().getSimpleName());
        Method sum = k.getMethod("sum", long.class, int.class, short.class, byte.class, char.class);
        System.out.println(sum.invoke(sq, 1L, 2, (short) 3, (byte) 4, 'a') + " " + sum.invoke(sq, 1, (short) 2, (byte) 3, (byte) 4, 'b'));
        System.out.println(k.getMethod("flag").invoke(sq) + " " + k.getMethod("letter").invoke(sq) + " " + k.getMethod("half", float.class).invoke(sq, 3)
                + " " + k.getMethod("toByte", int.class).invoke(sq, 200) + " " + k.getMethod("nothing").invoke(sq));
        Method join = k.getMethod("join", String.class, String[].class);
        System.out.println(join.isVarArgs() + " " + join.invoke(sq, "-", new String[] {"a", "b"}) + " " + join);
        Method range = k.getMethod("range", int.class);
        System.out.println(Arrays.toString((int[]) range.invoke(null, 4)) + " " + Modifier.toString(range.getModifiers()));
        Method secret = k.getDeclaredMethod("secret", String.class, int.class);
        System.out.println(secret.invoke(sq, "s", 1) + " " + secret);
        Method sides = k.getDeclaredMethod("sides");
        System.out.println(sides.invoke(sq) + " " + Modifier.toString(sides.getModifiers()));
        Method max = k.getMethod("max", List.class);
        System.out.println(max.toGenericString() + " -> " + max.invoke(sq, List.of("b", "c", "a")));
        System.out.println(Arrays.toString(max.getExceptionTypes()) + " " + Arrays.toString(max.getGenericExceptionTypes()) + " " + Arrays.toString(max.getTypeParameters()));
        Method cmp = k.getMethod("compareTo", Square.class);
        System.out.println(cmp.invoke(sq, new Square(5)) + " " + cmp.getReturnType() + " " + cmp.getParameterCount());
        List<String> cmps = new ArrayList<>();
        for (Method m : k.getDeclaredMethods()) {
            if (m.getName().equals("compareTo")) cmps.add((m.isBridge() ? "bridge " : "") + m);
        }
        Collections.sort(cmps);
        System.out.println(cmps);
        Method unit = Shape.class.getMethod("unit");
        Shape u = (Shape) unit.invoke(null);
        System.out.println(u.area() + " " + Modifier.isStatic(unit.getModifiers()));
        Method hash = Object.class.getMethod("hashCode");
        System.out.println(hash.invoke("abc") + " " + Object.class.getMethod("toString").invoke(List.of(1)));
        Method getClass = Object.class.getMethod("getClass");
        System.out.println(getClass.invoke(sq) + " " + Modifier.toString(getClass.getModifiers()));
        Method len = String.class.getMethod("length");
        for (int i = 0; i < 20; i++) len.invoke("x".repeat(i));
        System.out.println("after inflation: " + len.invoke("inflated") + " " + sum.invoke(sq, 1L, 1, (short) 1, (byte) 1, 'A'));
        for (int i = 0; i < 20; i++) sum.invoke(sq, (long) i, i, (short) i, (byte) i, (char) i);
        System.out.println("sum inflated: " + sum.invoke(sq, 10L, 20, (short) 30, (byte) 40, 'x'));
        System.out.println(area.equals(k.getMethod("area")) + " " + (area == k.getMethod("area")) + " " + area.getName().hashCode());
        try {
            k.getMethod("secret", String.class, int.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        try {
            k.getDeclaredMethod("nope", int[].class, String.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        Method clone = Object.class.getDeclaredMethod("clone");
        System.out.println(Modifier.toString(clone.getModifiers()) + " " + clone.getExceptionTypes()[0].getSimpleName());
        Method iface = Comparable.class.getMethod("compareTo", Object.class);
        System.out.println(iface.invoke(sq, new Square(1)) + " " + iface.invoke("b", "a") + " " + iface.invoke(5, 7));
        Method listGet = List.class.getMethod("get", int.class);
        System.out.println(listGet.invoke(Arrays.asList("x", "y"), 1) + " " + listGet.invoke(new LinkedList<>(List.of("p")), 0));
        Method valueOf = Integer.class.getMethod("valueOf", int.class);
        System.out.println(valueOf.invoke(null, (Object) 'A'));
    }
}
