import java.util.HashMap;
import java.util.Map;

public class EnumFields {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), VENUS(4.869e+24, 6.0518e6), EARTH(5.976e+24, 6.37814e6), MARS(6.421e+23, 3.3972e6),
        JUPITER(1.9e+27, 7.1492e7);

        static final double G = 6.67300E-11;
        private final double mass;
        private final double radius;
        private static final Map<String, Planet> BY_LOWER = new HashMap<>();

        static {
            for (Planet p : values()) BY_LOWER.put(p.name().toLowerCase(), p);
        }

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() { return G * mass / (radius * radius); }
        double surfaceWeight(double otherMass) { return otherMass * surfaceGravity(); }
        static Planet lookup(String lower) { return BY_LOWER.get(lower); }
    }

    enum Level {
        LOW(1), MEDIUM(5), HIGH(10);
        private int weight;
        private static int created;
        Level(int w) { weight = w; }
        Level next() { return values()[(ordinal() + 1) % values().length]; }
        void bump() { weight++; }
        int weight() { return weight; }
    }

    enum Op {
        PLUS("+"), MINUS("-"), TIMES("*");
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        @Override public String toString() { return symbol; }
    }

    public static void main(String[] args) {
        double earthWeight = 175;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) {
            System.out.println("Weight on " + p + " is " + p.surfaceWeight(mass) + " (g=" + p.surfaceGravity() + ")");
        }
        System.out.println("lookup mars: " + Planet.lookup("mars") + " pluto: " + Planet.lookup("pluto"));
        for (Level l : Level.values()) System.out.println(l + " weight " + l.weight() + " next " + l.next());
        Level.HIGH.bump();
        Level.HIGH.bump();
        System.out.println("mutable enum field: " + Level.HIGH.weight() + " via valueOf " + Level.valueOf("HIGH").weight());
        System.out.println("ops: " + java.util.Arrays.toString(Op.values()) + " name " + Op.PLUS.name() + " valueOf "
                + Op.valueOf("TIMES"));
    }
}
