// How array elements are described: simple indexes are printed, complex ones become "...", and
// deep nesting ends in "<array>".
public class ArrayIndexExpr {
    static int idx = 1;
    static int[] indexes = {1, 0, 1};
    int field = 1;

    static int pick() {
        return 1;
    }

    public static void main(String[] args) {
        String[][] grid = new String[3][];
        String[][][] cube = new String[2][2][];
        Object[][][][][][][] deep = new Object[2][2][2][2][2][2][];
        int[][] ints = new int[2][];
        char[] chars = {1};
        byte[] bytes = {1};
        int i = 1;
        int j = 0;
        long l = 1;
        ArrayIndexExpr self = new ArrayIndexExpr();
        String[][] big = new String[2000][];
        for (int c = 0; c < 22; c++) {
            try {
                switch (c) {
                    case 0: System.out.println(grid[i][j]); break;
                    case 1: System.out.println(grid[1][0]); break;
                    case 2: System.out.println(grid[i + 1][0]); break;
                    case 3: System.out.println(grid[indexes[0]][0]); break;
                    case 4: System.out.println(grid[idx][0]); break;
                    case 5: System.out.println(grid[pick()][0]); break;
                    case 6: System.out.println(grid[chars[0]][0]); break;
                    case 7: System.out.println(grid[bytes[0]][0]); break;
                    case 8: System.out.println(grid[(int) l][0]); break;
                    case 9: System.out.println(grid[self.field][0]); break;
                    case 10: System.out.println(cube[1][i][j]); break;
                    case 11: System.out.println(deep[1][1][1][1][1][1][0]); break;
                    case 12: System.out.println(deep[i][j][i][j][i][j][0].hashCode()); break;
                    case 13: System.out.println(ints[1][0]); break;
                    case 14: ints[i][j] = 5; break;
                    case 15: System.out.println(grid[2].length); break;
                    case 16: System.out.println(grid[1][0].length()); break;
                    case 17: System.out.println(big[100][0]); break;
                    case 18: System.out.println(big[1000][0]); break;
                    case 19: System.out.println(big[-(-5)][0]); break;
                    case 20: System.out.println(grid[indexes[indexes[1]]][0]); break;
                    default: System.out.println(grid[3 - 2][0]); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
