// Every array store instruction (iastore ... sastore) on a null array; long and double values take two
// stack words, so the array reference sits deeper.
public class ArrayStore {
    int[] ints;
    long[] longs;
    float[] floats;
    double[] doubles;
    String[] strings;
    byte[] bytes;
    boolean[] booleans;
    char[] chars;
    short[] shorts;

    static long big() {
        return 1L << 40;
    }

    public static void main(String[] args) {
        ArrayStore a = new ArrayStore();
        int i = 2;
        for (int c = 0; c < 13; c++) {
            try {
                switch (c) {
                    case 0: a.ints[i] = 1; break;
                    case 1: a.longs[i] = big(); break;
                    case 2: a.floats[i] = 1.5f; break;
                    case 3: a.doubles[i] = Math.PI; break;
                    case 4: a.strings[i] = "s"; break;
                    case 5: a.bytes[i] = (byte) 1; break;
                    case 6: a.booleans[i] = true; break;
                    case 7: a.chars[i] = 'c'; break;
                    case 8: a.shorts[i] = (short) 3; break;
                    case 9: a.longs[i] += 5L; break;
                    case 10: a.doubles[i]++; break;
                    case 11: { Object[][] nested = new Object[3][]; nested[2][0] = a; break; }
                    default: { int[] local = null; local[i * 2] = i; break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
