// Records: toString, equals and hashCode through ObjectMethods, compact and canonical constructors.
import java.util.*;

public class Records {
    record Empty() {}
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x: " + x);
        }
        Point(int both) { this(both, both); }
        static Point origin() { return new Point(0, 0); }
        double dist() { return Math.sqrt(x * x + y * y); }
    }
    record All(boolean z, byte b, short s, char c, int i, long l, float f, double d, String str, Object o) {}
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) { int t = lo; lo = hi; hi = t; }
        }
    }
    record Named<T>(String name, T value) implements Comparable<Named<T>> {
        public int compareTo(Named<T> o) { return name.compareTo(o.name); }
    }
    record WithArray(int[] data) {}
    record Custom(String a) {
        @Override public String toString() { return "Custom!" + a; }
        @Override public boolean equals(Object o) { return o instanceof Custom; }
        @Override public int hashCode() { return 7; }
        public String a() { return a.toUpperCase(); }
    }
    record Nested(Point p, Range r) {}
    interface Shape { double area(); }
    record Square(double side) implements Shape { public double area() { return side * side; } }

    public static void main(String[] args) {
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.dist());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println(p.hashCode() + " " + new Point(3, 4).hashCode() + " " + new Point(7).hashCode() + " " + Point.origin());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        All a = new All(true, (byte) -1, (short) 2, 'c', 4, 5L, 6.5f, -7.25, "s", null);
        System.out.println(a);
        System.out.println(a.hashCode() + " " + a.equals(new All(true, (byte) -1, (short) 2, 'c', 4, 5L, 6.5f, -7.25, "s", null)));
        All nan1 = new All(false, (byte) 0, (short) 0, 'x', 0, 0, Float.NaN, Double.NaN, null, null);
        All nan2 = new All(false, (byte) 0, (short) 0, 'x', 0, 0, Float.NaN, Double.NaN, null, null);
        System.out.println("NaN records equal: " + nan1.equals(nan2) + " " + (nan1.hashCode() == nan2.hashCode()));
        All z1 = new All(false, (byte) 0, (short) 0, 'x', 0, 0, 0.0f, 0.0, null, null);
        All z2 = new All(false, (byte) 0, (short) 0, 'x', 0, 0, -0.0f, -0.0, null, null);
        System.out.println("signed zeros equal: " + z1.equals(z2));
        System.out.println(new Range(9, 2) + " " + new Range(1, 5));
        Named<Integer> n1 = new Named<>("b", 1), n2 = new Named<>("a", 2);
        List<Named<Integer>> list = new ArrayList<>(List.of(n1, n2));
        Collections.sort(list);
        System.out.println(list + " " + n1.hashCode());
        int[] data = {1, 2};
        WithArray w1 = new WithArray(data), w2 = new WithArray(data), w3 = new WithArray(new int[] {1, 2});
        System.out.println(w1.equals(w2) + " " + w1.equals(w3) + " " + (w1.hashCode() == w2.hashCode()));
        Custom c = new Custom("q");
        System.out.println(c + " " + c.a() + " " + c.equals(new Custom("zz")) + " " + c.hashCode());
        Nested n = new Nested(new Point(1, 2), new Range(3, 4));
        System.out.println(n + " " + n.equals(new Nested(new Point(1, 2), new Range(4, 3))) + " " + n.hashCode());
        Shape s = new Square(1.5);
        System.out.println(s + " area " + s.area());
        Set<Point> set = new HashSet<>(List.of(new Point(1, 1), new Point(1, 1), new Point(2, 2)));
        System.out.println(set.size() + " " + set.contains(new Point(2, 2)));
        Map<Point, String> map = new TreeMap<>(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        map.put(new Point(2, 1), "b");
        map.put(new Point(1, 9), "a");
        System.out.println(map);
        record Local(String v, int n) {}
        System.out.println(new Local("loc", 1) + " " + new Local("loc", 1).equals(new Local("loc", 1)));
        System.out.println(new All(false, (byte) 0, (short) 0, '\u0000', 0, 0, 0, 0, null, new int[0]).toString().length() > 0);
        System.out.println(new Named<>("str", "val").hashCode() + " " + new Named<>("x", null).hashCode());
    }
}
