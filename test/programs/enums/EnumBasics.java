public class EnumBasics {
    enum Color { RED, GREEN, BLUE }
    enum Empty {}

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " name=" + c.name() + " ordinal=" + c.ordinal() + " compareTo(GREEN)=" + c.compareTo(Color.GREEN)
                    + " class=" + c.getClass().getName() + " declaring=" + c.getDeclaringClass().getSimpleName() + " hash stable="
                    + (c.hashCode() == c.hashCode()));
        }
        System.out.println("valueOf: " + Color.valueOf("BLUE") + " " + Enum.valueOf(Color.class, "RED") + " same instance: "
                + (Color.valueOf("GREEN") == Color.GREEN));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(PURPLE): " + e.getMessage());
        }
        try {
            Color.valueOf("red");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(red): " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        Color[] vs = Color.values();
        vs[0] = null;
        System.out.println("values() returns a copy: " + Color.values()[0] + " length " + Color.values().length + " empty enum "
                + Empty.values().length);
        System.out.println("equals: " + Color.RED.equals(Color.RED) + " " + Color.RED.equals(Color.BLUE) + " " + Color.RED.equals("RED"));
        System.out.println("isEnum: " + Color.class.isEnum() + " superclass " + Color.class.getSuperclass().getName()
                + " enum constants " + java.util.Arrays.toString(Color.class.getEnumConstants()));
        System.out.println("toString vs name: " + Color.GREEN.toString() + " " + String.valueOf(Color.GREEN) + " " + ("" + Color.BLUE));
        Object o = Color.RED;
        System.out.println("instanceof Enum " + (o instanceof Enum) + " Comparable " + (o instanceof Comparable) + " Serializable "
                + (o instanceof java.io.Serializable));
        Color[] sorted = { Color.BLUE, Color.RED, Color.GREEN, Color.RED };
        java.util.Arrays.sort(sorted);
        System.out.println("sorted by ordinal " + java.util.Arrays.toString(sorted));
    }
}
