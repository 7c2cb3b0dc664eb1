// arraylength on null arrays: .length, enhanced for loops, varargs, array cloning helpers.
public class ArrayLength {
    static int[] noInts() {
        return null;
    }

    static int count(Object... values) {
        return values.length;
    }

    static char[][] table;

    public static void main(String[] args) {
        String[] words = null;
        for (int c = 0; c < 7; c++) {
            try {
                switch (c) {
                    case 0: System.out.println(words.length); break;
                    case 1: System.out.println(noInts().length); break;
                    case 2: System.out.println(count((Object[]) null)); break;
                    case 3: for (String w : words) System.out.println(w); break;
                    case 4: System.out.println(table.length); break;
                    case 5: { table = new char[4][]; System.out.println(table[3].length); break; }
                    default: { int total = 0; for (int v : noInts()) total += v; System.out.println(total); break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
