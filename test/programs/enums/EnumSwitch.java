public class EnumSwitch {
    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static String kind(Day d) {
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                return "weekend";
            case FRIDAY:
                return "almost weekend";
            default:
                return "weekday";
        }
    }

    static int hoursOpen(Day d) {
        return switch (d) {
            case MONDAY, TUESDAY, WEDNESDAY, THURSDAY -> 8;
            case FRIDAY -> 6;
            case SATURDAY -> {
                int h = 2 * 2;
                yield h;
            }
            case SUNDAY -> 0;
        };
    }

    static String color(Suit s) {
        String c;
        switch (s) {
            case HEARTS: case DIAMONDS: c = "red"; break;
            case CLUBS: case SPADES: c = "black"; break;
            default: c = "?";
        }
        return c;
    }

    static class Other {
        // a second class switching on the same enum gets its own switch map
        static int rank(Suit s) {
            switch (s) {
                case SPADES: return 4;
                case HEARTS: return 3;
                case DIAMONDS: return 2;
                case CLUBS: return 1;
            }
            return 0;
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (Day d : Day.values()) {
            System.out.println(d + ": " + kind(d) + ", open " + hoursOpen(d) + "h");
            total += hoursOpen(d);
        }
        System.out.println("total hours " + total);
        for (Suit s : Suit.values()) System.out.println(s + " is " + color(s) + " rank " + Other.rank(s));
        Day nullDay = null;
        try {
            kind(nullDay);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NullPointerException");
        }
    }
}
