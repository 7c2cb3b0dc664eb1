import java.io.*;
import java.util.*;

// Object serialization to a file and back: fields, arrays, collections, transient and static fields,
// writeObject/readObject hooks, back references, primitives mixed with objects, a missing class.
public class Serialization {
    static class Point implements Serializable {
        private static final long serialVersionUID = 42L;
        final int x;
        final int y;
        transient String cache = "cached";
        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }
        public String toString() {
            return "(" + x + "," + y + ") cache=" + cache;
        }
    }

    static class Shape implements Serializable {
        private static final long serialVersionUID = 1L;
        String name;
        List<Point> points = new ArrayList<>();
        Point first;
        int[] weights = {3, 1, 4};
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeUTF("extra");
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            name = name + "+" + in.readUTF();
        }
    }

    public static void main(String[] args) throws Exception {
        File f = new File(System.getProperty("java.io.tmpdir"), "tsjvm-ser-" + System.nanoTime() + ".bin");
        try {
            Shape s = new Shape();
            s.name = "triangle";
            s.points.add(new Point(0, 0));
            s.points.add(new Point(4, 0));
            s.points.add(new Point(0, 3));
            s.first = s.points.get(0);
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new FileOutputStream(f)))) {
                out.writeObject(s);
                out.writeInt(1234);
                out.writeObject(new TreeMap<>(Map.of("b", 2, "a", 1)));
                out.writeObject("a string");
                out.writeObject(new Date(0).getClass());
            }
            System.out.println("written: " + (f.length() > 0));
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new FileInputStream(f)))) {
                Shape back = (Shape) in.readObject();
                System.out.println("name " + back.name + " points " + back.points + " weights " + Arrays.toString(back.weights));
                System.out.println("back reference kept: " + (back.first == back.points.get(0)));
                System.out.println("int " + in.readInt() + " map " + in.readObject() + " string " + in.readObject() + " class " + in.readObject());
                try {
                    in.readObject();
                } catch (EOFException e) {
                    System.out.println("end of stream: EOFException");
                }
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}))) {
                System.out.println("unexpected");
            } catch (StreamCorruptedException e) {
                System.out.println("corrupt header: " + e.getMessage());
            }
        } finally {
            f.delete();
        }
    }
}
