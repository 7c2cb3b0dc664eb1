// Enums through reflection and the Enum API: valueOf failures, constant-specific classes, getEnumConstants,
// EnumSet/EnumMap with bodies, switch maps, Enum.describeConstable, and reflective construction bans.
import java.lang.reflect.*;
import java.util.*;

public class EnumReflection {
    enum Planet {
        MERCURY { @Override String feel() { return "hot"; } }, EARTH, MARS { @Override String feel() { return "red"; } };
        String feel() { return "fine"; }
    }
    enum Empty { }
    enum Single { ONLY; static final String EXTRA = "extra"; }
    interface Coded { int code(); }
    enum Status implements Coded {
        OK(200), MISSING(404);
        private final int code;
        Status(int c) { code = c; }
        public int code() { return code; }
        static Status byCode(int c) { for (Status s : values()) if (s.code == c) return s; throw new NoSuchElementException("no status " + c); }
    }

    public static void main(String[] args) throws Exception {
        for (String n : new String[] {"EARTH", "earth", "", "MARS "}) {
            try {
                System.out.println(Planet.valueOf(n) + " " + Planet.valueOf(n).feel());
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
        try {
            Planet.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Enum.valueOf(Empty.class, "X");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(Enum.valueOf(Planet.class, "MARS").feel() + " " + Planet.MARS.getClass().getSuperclass().getSimpleName() + " " + Planet.MARS.getDeclaringClass().getSimpleName()
                + " " + (Planet.EARTH.getClass() == Planet.class));
        System.out.println(Arrays.toString(Planet.class.getEnumConstants()) + " " + Empty.class.getEnumConstants().length + " " + Planet.MARS.getClass().getEnumConstants());
        System.out.println(Planet.class.isEnum() + " " + Planet.MARS.getClass().isEnum() + " " + Modifier.toString(Planet.class.getModifiers()) + " | " + Modifier.toString(Planet.MARS.getClass().getModifiers()));
        EnumSet<Planet> all = EnumSet.allOf(Planet.class);
        EnumMap<Planet, String> feel = new EnumMap<>(Planet.class);
        for (Planet p : all) feel.put(p, p.feel());
        System.out.println(all + " " + feel + " " + EnumSet.of(Planet.MARS).contains(Planet.MARS) + " " + EnumSet.noneOf(Empty.class));
        List<String> fields = new ArrayList<>();
        for (Field f : Planet.class.getDeclaredFields()) fields.add(f.getName() + (f.isEnumConstant() ? "*" : "") + (f.isSynthetic() ? "(synthetic)" : ""));
        System.out.println(fields);
        Method values = Planet.class.getMethod("values");
        Method valueOf = Planet.class.getMethod("valueOf", String.class);
        System.out.println(Arrays.toString((Object[]) values.invoke(null)) + " " + valueOf.invoke(null, "EARTH") + " " + Modifier.toString(values.getModifiers()));
        try {
            valueOf.invoke(null, "PLUTO");
        } catch (InvocationTargetException e) {
            System.out.println("ITE " + e.getCause().getMessage());
        }
        Constructor<?> c = Status.class.getDeclaredConstructors()[0];
        System.out.println(c + " " + Arrays.toString(c.getParameterTypes()));
        try {
            c.setAccessible(true);
            c.newInstance("NEW", 2, 500);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(Status.byCode(404) + " " + Status.MISSING.code() + " " + ((Coded) Status.OK).code() + " " + Status.OK.compareTo(Status.MISSING) + " " + Status.OK.name().hashCode());
        System.out.println(Status.OK.describeConstable().get() + " " + Single.ONLY + " " + Single.EXTRA + " " + Single.valueOf("ONLY").ordinal());
        switch (Planet.valueOf("MARS")) {
            case MARS: System.out.println("switch MARS"); break;
            default: System.out.println("switch other");
        }
        Map<String, Planet> lookup = new HashMap<>();
        for (Planet p : Planet.values()) lookup.put(p.name().toLowerCase(), p);
        System.out.println(new TreeMap<>(lookup));
        try {
            Status.byCode(1);
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        Object o = Planet.EARTH;
        System.out.println((o instanceof Enum<?> en ? en.ordinal() : -1) + " " + Planet.EARTH.equals(Planet.valueOf("EARTH")) + " " + (Planet.EARTH.hashCode() == System.identityHashCode(Planet.EARTH)));
    }
}
