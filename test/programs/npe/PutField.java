// putfield on null references, for one- and two-word field types (the null is below the value).
public class PutField {
    static class Box {
        int i;
        long l;
        double d;
        float f;
        boolean b;
        char ch;
        Object o;
        Box inner;
        static Box shared;
    }

    Box mine;

    static Box make() {
        return null;
    }

    static long computeLong() {
        return 42L;
    }

    void assignOwn() {
        mine.l = 7L;
    }

    static void assignParam(Box target, double value) {
        target.d = value;
    }

    public static void main(String[] args) {
        Box nul = null;
        Box box = new Box();
        PutField pf = new PutField();
        for (int c = 0; c < 14; c++) {
            try {
                switch (c) {
                    case 0: nul.i = 1; break;
                    case 1: nul.l = 2L; break;
                    case 2: nul.d = 3.0; break;
                    case 3: nul.f = 4f; break;
                    case 4: nul.b = true; break;
                    case 5: nul.ch = 'x'; break;
                    case 6: nul.o = "s"; break;
                    case 7: box.inner.l = computeLong(); break;
                    case 8: Box.shared.d = Math.sqrt(2.0); break;
                    case 9: make().inner = box; break;
                    case 10: pf.assignOwn(); break;
                    case 11: assignParam(null, 1.5); break;
                    case 12: box.inner.i += 1; break;
                    default: nul.l++; break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
