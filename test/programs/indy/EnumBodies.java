// Enums with constant bodies, abstract methods, fields, interfaces, and their switch and lambda use.
import java.util.*;
import java.util.function.*;

public class EnumBodies {
    interface Op { int apply(int a, int b); }
    enum Arith implements Op {
        ADD("+") { public int apply(int a, int b) { return a + b; } },
        SUB("-") { public int apply(int a, int b) { return a - b; } },
        MUL("*") {
            public int apply(int a, int b) { return a * b; }
            @Override public String describe() { return "times"; }
        },
        DIV("/") { public int apply(int a, int b) { return a / b; } };
        private final String sym;
        Arith(String sym) { this.sym = sym; }
        public String describe() { return name().toLowerCase() + " " + sym; }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Lazy {
        A(() -> "alpha"), B(() -> "beta");
        final Supplier<String> s;
        Lazy(Supplier<String> s) { this.s = s; }
    }
    enum Single { INSTANCE; int counter; int next() { return ++counter; } }
    enum Level {
        LOW, MID, HIGH;
        Level up() { return this == HIGH ? HIGH : values()[ordinal() + 1]; }
    }

    public static void main(String[] args) {
        for (Arith a : Arith.values()) {
            System.out.println(a + " " + a.ordinal() + " " + a.describe() + " " + a.apply(12, 4) + " "
                    + (a.getClass() == Arith.class) + " " + a.getDeclaringClass().getSimpleName());
        }
        System.out.println(Arith.valueOf("MUL").apply(6, 7));
        try {
            Arith.valueOf("MOD");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        for (Planet p : Planet.values()) System.out.println(p + " " + Math.round(p.gravity() * 100) / 100.0);
        System.out.println(Lazy.A.s.get() + Lazy.B.s.get());
        System.out.println(Single.INSTANCE.next() + Single.INSTANCE.next());
        System.out.println(Level.LOW.up() + " " + Level.MID.up().up() + " " + Level.valueOf("MID").compareTo(Level.HIGH));
        EnumMap<Arith, Integer> em = new EnumMap<>(Arith.class);
        for (Arith a : Arith.values()) em.put(a, a.apply(10, 2));
        System.out.println(em);
        System.out.println(EnumSet.complementOf(EnumSet.of(Arith.ADD, Arith.DIV)) + " " + EnumSet.range(Level.LOW, Level.MID));
        Map<String, Arith> bySym = new TreeMap<>();
        for (Arith a : Arith.values()) bySym.put(a.sym, a);
        System.out.println(bySym);
        System.out.println(Enum.valueOf(Level.class, "HIGH").name() + " " + Arith.MUL.getClass().getSuperclass().getSimpleName());
        System.out.println(Arrays.toString(Arith.class.getEnumConstants()));
        System.out.println(Arith.class.isEnum() + " " + Arith.ADD.getClass().isEnum() + " " + Arith.ADD.getClass().isAnonymousClass());
        Function<Level, String> f = l -> switch (l) { case LOW -> "l"; case MID -> "m"; case HIGH -> "h"; };
        System.out.println(f.apply(Level.LOW) + f.apply(Level.HIGH));
    }
}
