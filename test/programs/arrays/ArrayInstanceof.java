public class ArrayInstanceof {
    interface Shape {}
    static class Circle implements Shape {}

    static String kinds(Object o) {
        return (o instanceof Object[] ? "Object[] " : "") + (o instanceof Cloneable ? "Cloneable " : "")
                + (o instanceof java.io.Serializable ? "Serializable " : "") + (o instanceof int[] ? "int[] " : "")
                + (o instanceof Number[] ? "Number[] " : "") + (o instanceof Integer[] ? "Integer[] " : "")
                + (o instanceof Comparable[] ? "Comparable[] " : "") + (o instanceof Object[][] ? "Object[][] " : "")
                + (o instanceof int[][] ? "int[][] " : "") + (o instanceof Shape[] ? "Shape[] " : "")
                + (o instanceof Circle[] ? "Circle[] " : "") + (o instanceof long[] ? "long[] " : "");
    }

    public static void main(String[] args) {
        Object[] samples = { new int[1], new long[1], new Integer[1], new Number[1], new String[1], new Object[1],
                new int[1][1], new Object[1][1], new String[1][1], new Circle[1], new Shape[1], new Circle[1][1], "str", 5,
                new char[0][0][0] };
        for (Object o : samples) {
            Class<?> c = o.getClass();
            System.out.println(c.getName() + " (" + c.getSimpleName() + "): " + kinds(o) + "| isArray=" + c.isArray()
                    + " component=" + (c.getComponentType() == null ? "-" : c.getComponentType().getName()) + " super="
                    + (c.getSuperclass() == null ? "-" : c.getSuperclass().getName()) + " interfaces="
                    + c.getInterfaces().length + " isPrimitiveComponent="
                    + (c.isArray() && c.getComponentType().isPrimitive()));
        }
        System.out.println("class literals: " + int[].class.getName() + " " + String[][].class.getName() + " "
                + Circle[].class.getName() + " " + (int[].class == new int[0].getClass()) + " " + int.class.getName() + " "
                + void.class.getName() + " " + (Integer.TYPE == int.class));
        System.out.println("isAssignableFrom: " + Object[].class.isAssignableFrom(String[].class) + " "
                + String[].class.isAssignableFrom(Object[].class) + " " + Object.class.isAssignableFrom(int[].class) + " "
                + Object[].class.isAssignableFrom(int[][].class) + " " + Shape[].class.isAssignableFrom(Circle[].class) + " "
                + long[].class.isAssignableFrom(int[].class) + " " + Cloneable.class.isAssignableFrom(double[].class));
        System.out.println("isInstance: " + Object[].class.isInstance(new String[0]) + " " + int[].class.isInstance(new int[0][0])
                + " " + String.class.isInstance(null));
        Object o = new String[] { "a" };
        Object[] cast = (Object[]) o;
        Comparable<?>[] cmp = (Comparable<?>[]) o;
        System.out.println("casts ok: " + cast.length + " " + cmp.length);
        try {
            Integer[] bad = (Integer[]) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            int[] bad = (int[]) (Object) new long[0];
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            Object[] bad = (Object[]) (Object) new int[0];
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            Circle[] bad = (Circle[]) new Shape[1];
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
    }
}
