public class SystemExit {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.err.println("stderr before exit");
        try {
            exitFromDeep(3);
        } finally {
            System.out.println("finally must not run after System.exit");
        }
    }

    static void exitFromDeep(int depth) {
        if (depth == 0) {
            System.out.print("exiting with 3 (no newline flush test)");
            System.exit(3);
        }
        exitFromDeep(depth - 1);
        System.out.println("not reached");
    }
}
