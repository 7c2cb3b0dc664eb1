public class TableSwitch {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            default: return "many(" + x + ")";
        }
    }

    static int negative(int x) {
        switch (x) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 999;
        }
    }

    static String fallthrough(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("1");
            case 2:
                sb.append("2");
            case 3:
                sb.append("3");
                break;
            case 4:
                sb.append("4");
            default:
                sb.append("D");
            case 5:
                sb.append("5");
        }
        return sb.toString();
    }

    static int withGaps(int x) {
        switch (x) {
            case 10: return 1;
            case 12: return 2;
            case 13: return 3;
            case 15: return 4;
            case 16: return 5;
            case 18: return 6;
        }
        return -1;
    }

    static int nearMax(int x) {
        switch (x) {
            case Integer.MAX_VALUE - 2: return 1;
            case Integer.MAX_VALUE - 1: return 2;
            case Integer.MAX_VALUE: return 3;
            default: return 0;
        }
    }

    static int nearMin(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return 1;
            case Integer.MIN_VALUE + 1: return 2;
            case Integer.MIN_VALUE + 2: return 3;
            default: return 0;
        }
    }

    static String expr(int x) {
        return switch (x) {
            case 1, 2, 3 -> "low";
            case 4, 5, 6 -> "mid";
            case 7, 8, 9 -> {
                String s = "hi";
                yield s + "gh";
            }
            default -> "out";
        };
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 9; i++) System.out.print(dense(i) + " ");
        System.out.println();
        for (int i = -5; i <= 3; i++) System.out.print(negative(i) + " ");
        System.out.println();
        for (int i = 0; i <= 6; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        for (int i = 9; i <= 19; i++) System.out.print(withGaps(i) + " ");
        System.out.println();
        int[] extremes = { Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 3, Integer.MIN_VALUE,
                Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2, Integer.MIN_VALUE + 3, 0, -1 };
        for (int x : extremes) System.out.print(nearMax(x) + "/" + nearMin(x) + " ");
        System.out.println();
        for (int i = 0; i <= 10; i++) System.out.print(expr(i) + " ");
        System.out.println();
        byte b = -1;
        switch (b) {
            case -1: System.out.println("byte -1"); break;
            case 1: System.out.println("byte 1"); break;
        }
        short sh = 300;
        switch (sh) {
            case 299: case 300: case 301: System.out.println("short ~300"); break;
            default: System.out.println("short other");
        }
        Integer boxed = 3;
        switch (boxed) {
            case 3: System.out.println("boxed 3"); break;
            default: System.out.println("boxed other");
        }
        int hits = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i % 8) {
                case 0: case 2: case 4: hits += 1; break;
                case 7: hits += 100; break;
                default: hits += 10;
            }
        }
        System.out.println("hits " + hits);
    }
}
