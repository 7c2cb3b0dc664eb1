public class UncaughtError {
    static class Resource {
        final String name;
        Resource(String name) {
            this.name = name;
            System.out.println("open " + name);
        }
    }

    static void work(int level) {
        new Resource("r" + level);
        if (level == 3) {
            Error e = new InternalError("fatal at level " + level);
            e.addSuppressed(new IllegalStateException("also this"));
            throw e;
        }
        work(level + 1);
    }

    public static void main(String[] args) throws Exception {
        Thread.currentThread().setName("main");
        work(0);
    }
}
