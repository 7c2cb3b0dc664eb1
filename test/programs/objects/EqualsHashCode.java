import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class EqualsHashCode {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class Name {
        final String first, last;
        Name(String first, String last) { this.first = first; this.last = last; }
        @Override public boolean equals(Object o) {
            return o instanceof Name && Objects.equals(first, ((Name) o).first) && Objects.equals(last, ((Name) o).last);
        }
        @Override public int hashCode() { return Objects.hash(first, last); }
        @Override public String toString() { return first + " " + last; }
    }

    static class BadHash {
        final int id;
        BadHash(int id) { this.id = id; }
        @Override public boolean equals(Object o) { return o instanceof BadHash && ((BadHash) o).id == id; }
        @Override public int hashCode() { return 1; }
        @Override public String toString() { return "Bad" + id; }
    }

    public static void main(String[] args) {
        Point p1 = new Point(1, 2), p2 = new Point(1, 2), p3 = new Point(2, 1);
        System.out.println(p1.equals(p2) + " " + (p1 == p2) + " " + p1.equals(p3) + " " + p1.equals(null) + " " + p1.equals("x"));
        System.out.println("hash " + p1.hashCode() + " " + p2.hashCode() + " " + p3.hashCode());
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) set.add(new Point(i % 3, j % 2));
        System.out.println("distinct points " + set.size() + " contains (2,1)? " + set.contains(new Point(2, 1)));
        Map<Name, Integer> ages = new HashMap<>();
        ages.put(new Name("Ada", "Lovelace"), 36);
        ages.put(new Name("Alan", "Turing"), 41);
        ages.put(new Name("Ada", "Lovelace"), 37);
        ages.put(new Name(null, "Anon"), 0);
        System.out.println("size " + ages.size() + " ada " + ages.get(new Name("Ada", "Lovelace")) + " anon "
                + ages.get(new Name(null, "Anon")) + " missing " + ages.get(new Name("Grace", "Hopper")));
        System.out.println("Name hash " + new Name("Ada", "Lovelace").hashCode() + " " + new Name(null, null).hashCode());
        Set<BadHash> bad = new HashSet<>();
        for (int i = 0; i < 20; i++) bad.add(new BadHash(i % 13));
        System.out.println("bad hash set size " + bad.size() + " contains Bad12 " + bad.contains(new BadHash(12)));
        Map<BadHash, String> treeified = new HashMap<>();
        for (int i = 0; i < 100; i++) treeified.put(new BadHash(i), "v" + i);
        System.out.println("colliding map size " + treeified.size() + " get 77 = " + treeified.get(new BadHash(77)));
        System.out.println("Objects: " + Objects.equals(null, null) + " " + Objects.equals(p1, p2) + " " + Objects.hashCode(null)
                + " " + Objects.hash() + " " + Objects.hash(1, "a", null, 2.5) + " " + Objects.hash((Object) null));
        Object o1 = new Object();
        Object o2 = new Object();
        System.out.println("Object.equals identity: " + o1.equals(o1) + " " + o1.equals(o2) + " hash stable: "
                + (o1.hashCode() == o1.hashCode()) + " identityHashCode matches: " + (System.identityHashCode(o1) == o1.hashCode()));
        String s = new String("abc");
        System.out.println("identityHashCode differs from String.hashCode eventually: " + (s.hashCode() == "abc".hashCode())
                + " System.identityHashCode(null)=" + System.identityHashCode(null));
    }
}
