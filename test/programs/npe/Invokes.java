import java.util.ArrayList;
import java.util.List;
import java.util.Map;

// invokevirtual, invokeinterface and invokespecial (private methods) on null receivers, and how the
// called method is described: class names, parameter types, arrays, java.lang.Object/String shortening.
public class Invokes {
    interface Shape {
        double area();

        default String describe(String prefix, Object suffix) {
            return prefix + area() + suffix;
        }
    }

    static class Circle implements Shape {
        public double area() {
            return 3.0;
        }
    }

    static class Inner {
        void take(int i, long l, double d, float f, char c, byte b, short s, boolean z) {}

        void arrays(int[] a, String[][] b, Object[] c, List<String>[] d) {}

        void langTypes(String a, Object b, StringBuilder c, Integer d, Object[] e, String[] f) {}

        void builderFirst(StringBuilder a, StringBuffer b, Thread c, CharSequence d) {}

        void mixed(Map<String, Integer> m, String s, Object o, String t) {}

        void nested(Inner other, Circle circle) {}
    }

    private int secret() {
        return 7;
    }

    private static Invokes nobody;

    static Shape shape() {
        return null;
    }

    public static void main(String[] args) {
        Inner in = null;
        Shape sh = null;
        Circle circle = null;
        String str = null;
        Object obj = null;
        List<String> list = null;
        Comparable<String> cmp = null;
        CharSequence cs = null;
        int[] ia = null;
        String[][] sa = null;
        for (int c = 0; c < 21; c++) {
            try {
                switch (c) {
                    case 0: in.take(1, 2L, 3.0, 4f, 'c', (byte) 5, (short) 6, true); break;
                    case 1: in.arrays(null, null, null, null); break;
                    case 2: in.langTypes(null, null, null, null, null, null); break;
                    case 3: in.mixed(null, null, null, null); break;
                    case 4: in.nested(null, null); break;
                    case 5: sh.area(); break;
                    case 6: sh.describe("a", "b"); break;
                    case 7: circle.area(); break;
                    case 8: str.length(); break;
                    case 9: obj.toString(); break;
                    case 10: obj.hashCode(); break;
                    case 11: obj.equals(str); break;
                    case 12: list.add("x"); break;
                    case 13: cmp.compareTo("y"); break;
                    case 14: cs.charAt(0); break;
                    case 15: ia.clone(); break;
                    case 16: sa.clone(); break;
                    case 17: nobody.secret(); break;
                    case 18: shape().describe(null, null); break;
                    case 19: in.builderFirst(null, null, null, null); break;
                    default: new ArrayList<String>(list); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
