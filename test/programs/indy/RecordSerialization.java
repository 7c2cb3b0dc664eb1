// Records and enums through Java serialization (records are rebuilt through their canonical
// constructor), plus classes with writeObject/readObject hooks and serialVersionUID computation.
import java.io.*;
import java.util.*;

public class RecordSerialization {
    record Point(int x, int y) implements Serializable {
        Point {
            System.out.println("canonical ctor " + x + "," + y);
            if (x < 0) throw new IllegalArgumentException("negative");
        }
    }
    record Named(String name, List<Point> points, Optional<String> note) implements Serializable {
        private Object writeReplace() { return new Named(name, points, Optional.empty()); }
    }
    record Holder(String name, int count) implements Serializable { }
    enum Color { RED, GREEN }
    static class Legacy implements Serializable {
        private static final long serialVersionUID = 7L;
        int a = 1;
        transient String t = "transient";
        String s = "s";
        private void writeObject(ObjectOutputStream out) throws IOException { out.defaultWriteObject(); out.writeUTF("extra"); }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException { in.defaultReadObject(); t = in.readUTF(); }
        public String toString() { return "Legacy(" + a + "," + t + "," + s + ")"; }
    }
    static class NoUid implements Serializable { int v = 5; static int counter; NoUid() { } }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) { out.writeObject(o); }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) { return in.readObject(); }
    }

    public static void main(String[] args) throws Exception {
        Point p = new Point(1, 2);
        System.out.println("copy " + roundTrip(p) + " " + roundTrip(p).equals(p));
        Named n = new Named("n", List.of(new Point(3, 4)), Optional.of("dropped"));
        try {
            System.out.println(roundTrip(n));
        } catch (NotSerializableException e) {
            System.out.println("NotSerializable: " + e.getMessage());
        }
        System.out.println(roundTrip(new Holder("h", 9)));
        System.out.println(roundTrip(Color.GREEN) == Color.GREEN);
        System.out.println(roundTrip(new Legacy()));
        System.out.println(((NoUid) roundTrip(new NoUid())).v);
        System.out.println(ObjectStreamClass.lookup(Legacy.class).getSerialVersionUID() + " " + ObjectStreamClass.lookup(NoUid.class).getSerialVersionUID()
                + " " + ObjectStreamClass.lookup(Point.class).getSerialVersionUID() + " " + ObjectStreamClass.lookup(String.class).getSerialVersionUID());
        List<Object> mixed = new ArrayList<>(List.of(1, "two", 3.0, new int[] {4}, Map.of("k", "v"), new TreeSet<>(Set.of(2, 1))));
        @SuppressWarnings("unchecked") List<Object> back = (List<Object>) roundTrip(mixed);
        System.out.println(back.size() + " " + back.get(1) + " " + ((int[]) back.get(3))[0] + " " + back.get(4) + " " + back.get(5));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) { out.writeObject(new Point(5, 6)); }
        byte[] bytes = bos.toByteArray();
        System.out.println("stream length " + bytes.length);
    }
}
