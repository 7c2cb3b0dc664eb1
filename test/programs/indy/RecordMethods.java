// Records' generated equals, hashCode and toString (ObjectMethods.bootstrap): components of every type
// (NaN, -0.0, Long.MIN_VALUE, chars, booleans, arrays, nulls, nested records), an empty record, records
// nested in methods and generic ones, equals against null, another class and the same object, the order
// in which components' own equals/hashCode/toString run (equals from the last component, the others from
// the first), a component's toString returning null, exceptions thrown from a component's methods with
// their stack traces, and a record whose methods are written by hand.
import java.util.*;

public class RecordMethods {
    record Prims(boolean z, byte b, short s, char c, int i, long j, float f, double d) {}
    record Refs(String s, Object o, int[] a, List<Integer> l) {}
    record Empty() {}
    record Nested(Prims p, Refs r, Empty e) {}
    record Pair<A, B>(A first, B second) {}
    record Custom(int x) {
        @Override public String toString() { return "custom " + x; }
        @Override public boolean equals(Object o) { return o instanceof Custom c && c.x % 10 == x % 10; }
        @Override public int hashCode() { return x % 10; }
    }

    static final List<String> log = new ArrayList<>();

    static final class Noisy {
        final String tag;
        Noisy(String tag) { this.tag = tag; }
        @Override public boolean equals(Object o) { log.add("eq " + tag); return o instanceof Noisy n && n.tag.equals(tag); }
        @Override public int hashCode() { log.add("hash " + tag); return tag.hashCode(); }
        @Override public String toString() { log.add("str " + tag); return tag; }
    }

    record Three(Noisy a, Noisy b, Noisy c) {}

    static final class Nulls {
        @Override public String toString() { return null; }
    }

    static final class Thrower {
        @Override public String toString() { throw new IllegalStateException("no string"); }
        @Override public int hashCode() { throw new UnsupportedOperationException("no hash"); }
    }

    record Holder(Object value) {}

    public static void main(String[] args) {
        Prims p = new Prims(true, (byte) -1, (short) 300, 'x', -7, Long.MIN_VALUE, Float.NaN, -0.0);
        Prims q = new Prims(true, (byte) -1, (short) 300, 'x', -7, Long.MIN_VALUE, Float.NaN, -0.0);
        Prims zero = new Prims(false, (byte) 0, (short) 0, '\0', 0, 0L, 0.0f, 0.0);
        System.out.println(p + " " + p.hashCode() + " " + p.equals(q) + " " + p.equals(zero));
        System.out.println(zero + " " + zero.hashCode());
        System.out.println(new Prims(true, (byte) 1, (short) 1, 'a', 1, 1L, -0.0f, Double.NaN).equals(new Prims(true, (byte) 1, (short) 1, 'a', 1, 1L, 0.0f, Double.NaN)));
        System.out.println(new Prims(true, (byte) 1, (short) 1, 'a', 1, 1L << 33, 1f, 2.0).equals(new Prims(true, (byte) 1, (short) 1, 'a', 1, 1L << 34, 1f, 2.0)));
        System.out.println(new Prims(false, Byte.MIN_VALUE, Short.MAX_VALUE, '\uffff', Integer.MAX_VALUE, -1L, Float.MAX_VALUE, Double.MIN_VALUE).hashCode());
        int[] arr = {1, 2};
        Refs r = new Refs("s", null, arr, List.of(1, 2));
        Refs r2 = new Refs("s", null, arr, List.of(1, 2));
        Refs r3 = new Refs("s", null, new int[] {1, 2}, List.of(1, 2));
        System.out.println(r.toString().startsWith("Refs[s=s, o=null, a=[I@") + " " + r.equals(r2) + " " + r.equals(r3) + " " + (r.hashCode() == r2.hashCode()));
        System.out.println(new Refs(null, null, null, null) + " " + new Refs(null, null, null, null).hashCode() + " " + new Refs(null, null, null, null).equals(new Refs(null, null, null, null)));
        Empty e = new Empty();
        System.out.println(e + " " + e.hashCode() + " " + e.equals(new Empty()) + " " + e.equals(null) + " " + e.equals("Empty[]"));
        Nested n = new Nested(zero, new Refs("t", 5, null, List.of()), e);
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Nested(zero, new Refs("t", 5, null, List.of()), new Empty())));
        Pair<String, Integer> pair = new Pair<>("k", 9);
        System.out.println(pair + " " + pair.hashCode() + " " + pair.equals(new Pair<>("k", 9)) + " " + pair.equals(new Pair<>("k", 10)) + " " + pair.equals(pair));
        record Local(String name, double weight) {}
        Local local = new Local("local", 2.5);
        System.out.println(local + " " + local.hashCode() + " " + local.equals(new Local("local", 2.5)));
        Custom c = new Custom(13);
        System.out.println(c + " " + c.hashCode() + " " + c.equals(new Custom(3)));
        Set<Object> set = new HashSet<>(List.of(pair, local, e, p));
        System.out.println(set.size() + " " + set.contains(new Pair<>("k", 9)) + " " + set.contains(new Local("local", 2.5)));

        Three a = new Three(new Noisy("a"), new Noisy("b"), new Noisy("c"));
        Three b = new Three(new Noisy("a"), new Noisy("B"), new Noisy("c"));
        System.out.println(a.equals(b) + " " + log);
        log.clear();
        System.out.println(a.hashCode() + " " + log);
        log.clear();
        System.out.println(a + " " + log);
        log.clear();

        System.out.println(new Holder(new Nulls()) + " " + new Holder(null).hashCode());
        try {
            System.out.println(new Holder(new Thrower()));
        } catch (IllegalStateException ex) {
            System.out.println(ex);
            for (StackTraceElement el : ex.getStackTrace()) System.out.println("  at " + el);
        }
        try {
            System.out.println(new Holder(new Thrower()).hashCode());
        } catch (UnsupportedOperationException ex) {
            System.out.println(ex);
            for (StackTraceElement el : ex.getStackTrace()) System.out.println("  at " + el);
        }
    }
}
