public class LabeledBreak {
    public static void main(String[] args) {
        int[][] grid = { { 1, 2, 3 }, { 4, -5, 6 }, { 7, 8, -9 } };
        int found = 0;
        search:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    System.out.println("first negative at " + i + "," + j);
                    found = grid[i][j];
                    break search;
                }
            }
        }
        System.out.println("found " + found);
        StringBuilder sb = new StringBuilder();
        rows:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j > i) continue rows;
                if (i == 4) break rows;
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println("triangle " + sb);
        int count = 0;
        a:
        for (int i = 0; i < 4; i++) {
            b:
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    if (k == 2) continue b;
                    if (j == 3) continue a;
                    if (i == 3) break a;
                    count++;
                }
            }
        }
        System.out.println("three levels count " + count);
        block:
        {
            System.out.println("in labeled block");
            if (count > 0) break block;
            System.out.println("not printed");
        }
        int w = 0;
        outer:
        while (true) {
            w++;
            int inner = 0;
            do {
                inner++;
                if (w * inner > 20) break outer;
                if (inner > w) continue outer;
            } while (true);
        }
        System.out.println("while/do labeled w=" + w);
        String result = "";
        loop:
        for (String s : new String[] { "a", "b", "stop", "c" }) {
            switch (s) {
                case "stop":
                    break loop;
                default:
                    result += s;
            }
        }
        System.out.println("switch break to label " + result);
    }
}
