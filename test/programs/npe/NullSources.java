// Where the null came from: constants, casts, conditional expressions, statics, fields, array elements,
// call results, parameters, string and enum switches.
public class NullSources {
    enum Color { RED, GREEN }

    static String text;
    String name;
    static String[] names = new String[2];

    static String nothing() {
        return null;
    }

    static int lengthOf(String s) {
        return s.length();
    }

    static int colorCode(Color color) {
        switch (color) {
            case RED: return 1;
            default: return 2;
        }
    }

    static int words(String w) {
        switch (w) {
            case "one": return 1;
            case "two": return 2;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        boolean flag = args.length == 0;
        Object obj = null;
        for (int c = 0; c < 15; c++) {
            try {
                switch (c) {
                    case 0: ((String) null).length(); break;
                    case 1: ((String) obj).length(); break;
                    case 2: (flag ? text : "x").length(); break;
                    case 3: { String t = flag ? null : "x"; t.length(); break; }
                    case 4: text.isEmpty(); break;
                    case 5: new NullSources().name.trim(); break;
                    case 6: names[1].trim(); break;
                    case 7: nothing().trim(); break;
                    case 8: lengthOf(null); break;
                    case 9: colorCode(null); break;
                    case 10: words(null); break;
                    case 11: (flag ? nothing() : text).length(); break;
                    case 12: { Object o = flag ? (Object) null : "y"; o.hashCode(); break; }
                    case 13: String.valueOf((Object) null).length(); break;
                    default: ((Comparable<String>) obj).compareTo("z"); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
