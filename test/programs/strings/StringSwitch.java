public class StringSwitch {
    static String classify(String s) {
        switch (s) {
            case "apple":
            case "banana":
                return "fruit";
            case "carrot":
                return "vegetable";
            case "Aa": // "Aa" and "BB" have the same hashCode
                return "Aa-collision";
            case "BB":
                return "BB-collision";
            case "":
                return "empty";
            default:
                return "unknown";
        }
    }

    static int fallthrough(String s) {
        int r = 0;
        switch (s) {
            case "three":
                r += 3;
            case "two":
                r += 2;
            case "one":
                r += 1;
                break;
            case "ten":
                r = 10;
        }
        return r;
    }

    static String arrow(String day) {
        return switch (day) {
            case "SAT", "SUN" -> "weekend";
            case "MON", "TUE", "WED", "THU", "FRI" -> {
                String t = "week";
                yield t + "day";
            }
            default -> "?";
        };
    }

    public static void main(String[] args) {
        String[] inputs = { "apple", "banana", "carrot", "Aa", "BB", "", "Apple", "C#", "AaAa", "BBBB", "AaBB" };
        for (String s : inputs) {
            System.out.println("[" + s + "] hash " + s.hashCode() + " -> " + classify(s));
        }
        for (String s : new String[] { "one", "two", "three", "ten", "zero" }) System.out.println(s + " => " + fallthrough(s));
        for (String d : new String[] { "MON", "SAT", "SUN", "FRI", "XYZ" }) System.out.println(d + " is " + arrow(d));
        String built = new StringBuilder("app").append("le").toString();
        System.out.println("built string switch: " + classify(built));
    }
}
