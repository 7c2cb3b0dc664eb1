public class MultiDim {
    public static void main(String[] args) {
        int[][] a = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) a[i][j] = i * 10 + j;
        for (int[] row : a) System.out.println(java.util.Arrays.toString(row));
        long[][][] b = new long[2][3][4];
        System.out.println(b.length + " " + b[0].length + " " + b[1][2].length + " " + b[1][2][3]);
        b[1][2][3] = 99;
        System.out.println(java.util.Arrays.deepToString(b));
        String[][] partial = new String[2][];
        System.out.println("partial: " + partial[0] + " " + partial.length);
        partial[0] = new String[] { "a" };
        partial[1] = new String[3];
        System.out.println(java.util.Arrays.deepToString(partial));
        double[][][] p2 = new double[2][2][];
        System.out.println("p2[1][1] = " + p2[1][1] + ", p2[1] = " + p2[1].length);
        int[][] jag = new int[5][];
        for (int i = 0; i < 5; i++) {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = (j == 0 || j == i) ? 1 : jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(java.util.Arrays.deepToString(jag));
        char[][] grid = new char[3][5];
        for (char[] row : grid) java.util.Arrays.fill(row, '.');
        grid[1][2] = '#';
        for (char[] row : grid) System.out.println(new String(row));
        Object[][] objs = new Integer[2][2];
        System.out.println(objs.getClass().getName() + " " + objs[0].getClass().getName() + " "
                + objs.getClass().getComponentType().getName());
        System.out.println(new int[0][0].getClass().getName() + " " + new boolean[1][1][1].getClass().getName() + " "
                + new String[1][1][1][1].getClass().getSimpleName() + " " + new double[2][0].getClass().getName());
        int[][] zeroInner = new int[3][0];
        System.out.println("zero inner: " + zeroInner.length + " " + zeroInner[2].length);
        int[][] zeroOuter = new int[0][5];
        System.out.println("zero outer: " + zeroOuter.length);
        try {
            int[][] bad = new int[2][-1];
            System.out.println(bad);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray negative: " + e);
        }
        try {
            int[][] bad = new int[-3][2];
            System.out.println(bad);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray negative outer: " + e);
        }
        try {
            int[][][] bad = new int[0][-2][3];
            System.out.println(bad);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray negative with zero outer: " + e);
        }
        int[][] matrix = { { 1, 2 }, { 3, 4 } };
        int[][] prod = new int[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++) prod[i][j] += matrix[i][k] * matrix[k][j];
        System.out.println("matrix square: " + java.util.Arrays.deepToString(prod));
        int[][] alias = matrix;
        alias[0][0] = 100;
        System.out.println("alias " + matrix[0][0] + " deepEquals " + java.util.Arrays.deepEquals(alias, matrix));
    }
}
