// switch on strings (hash collisions included) and enums, as statements and expressions.
public class SwitchStringsEnums {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String kind(String s) {
        switch (s) {
            case "Aa": return "Aa-collides";
            case "BB": return "BB-collides";
            case "apple":
            case "pear": return "fruit";
            case "": return "empty";
            default: return "other:" + s;
        }
    }

    static int len(String s) {
        return switch (s) {
            case "one" -> 1;
            case "three", "THREE" -> 3;
            default -> {
                int n = s.length();
                yield -n;
            }
        };
    }

    static String day(Day d) {
        switch (d) {
            case SAT:
            case SUN: return "weekend";
            case WED: return "midweek";
            default: return "weekday";
        }
    }

    static int score(Day d) {
        return switch (d) {
            case MON, TUE -> 1;
            case WED -> 2;
            case THU, FRI -> { int x = d.ordinal(); yield x * 10; }
            case SAT, SUN -> 0;
        };
    }

    public static void main(String[] args) {
        for (String s : new String[] {"Aa", "BB", "apple", "pear", "", "kiwi", "AaAa", "BBBB", "AaBB"})
            System.out.println("'" + s + "' -> " + kind(s) + " hash " + s.hashCode());
        for (String s : new String[] {"one", "three", "THREE", "seven"}) System.out.println(s + " " + len(s));
        for (Day d : Day.values()) System.out.println(d + " " + day(d) + " " + score(d));
        try {
            kind(null);
        } catch (NullPointerException e) {
            System.out.println("NPE for null string");
        }
        try {
            day(null);
        } catch (NullPointerException e) {
            System.out.println("NPE for null enum");
        }
        char c = 'b';
        switch (c) { case 'a' -> System.out.println("a"); case 'b' -> System.out.println("b!"); default -> {} }
        Object o = 42;
        String r = o instanceof Integer i && i > 40 ? "big int " + i : "other";
        System.out.println(r);
    }
}
