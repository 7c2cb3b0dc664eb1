// Compiled without debug information (-g:none): locals are <localN>, and the other descriptions (fields,
// statics, calls, array elements) are unchanged.
public class NoDebugLocals {
    static class Cell {
        Cell next;
        String text;
        int[] values;
    }

    static Cell root;

    static Cell find() {
        return null;
    }

    public static void main(String[] args) {
        Cell cell = new Cell();
        Cell nothing = null;
        long wide = 5L;
        String[] strings = new String[4];
        double dbl = 1.0;
        for (int c = 0; c < 11; c++) {
            try {
                switch (c) {
                    case 0: System.out.println(nothing.text); break;
                    case 1: System.out.println(cell.next.text); break;
                    case 2: System.out.println(cell.values[0]); break;
                    case 3: System.out.println(strings[(int) wide - 3].length()); break;
                    case 4: System.out.println(strings[c - 4].trim()); break;
                    case 5: System.out.println(root.text); break;
                    case 6: System.out.println(find().next); break;
                    case 7: System.out.println(cell.next.next); break;
                    case 8: { Cell later = dbl > 0 ? null : cell; later.text = "t"; break; }
                    case 9: {
                        try {
                            throw new IllegalStateException();
                        } catch (IllegalStateException e) {
                            System.out.println(e.getCause().getMessage());
                        }
                        break;
                    }
                    default: synchronized (nothing) { System.out.println("in"); } break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
