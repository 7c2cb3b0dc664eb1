// Every array load instruction (iaload ... saload) on a null array.
public class ArrayLoad {
    static int[] ints;
    static long[] longs;
    static float[] floats;
    static double[] doubles;
    static Object[] objects;
    static byte[] bytes;
    static boolean[] booleans;
    static char[] chars;
    static short[] shorts;

    static int sum(int[] values, int i) {
        return values[i] + values[i + 1];
    }

    public static void main(String[] args) {
        int i = 1;
        for (int c = 0; c < 12; c++) {
            try {
                switch (c) {
                    case 0: System.out.println(ints[i]); break;
                    case 1: System.out.println(longs[i]); break;
                    case 2: System.out.println(floats[i]); break;
                    case 3: System.out.println(doubles[i]); break;
                    case 4: System.out.println(objects[i]); break;
                    case 5: System.out.println(bytes[i]); break;
                    case 6: System.out.println(booleans[i]); break;
                    case 7: System.out.println(chars[i]); break;
                    case 8: System.out.println(shorts[i]); break;
                    case 9: System.out.println(sum(null, 0)); break;
                    case 10: { String[] local = null; System.out.println(local[0].length()); break; }
                    default: { long[][] grid = new long[2][]; System.out.println(grid[1][0]); break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
