public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("  open " + name);
        }
        void use(boolean fail) {
            System.out.println("  use " + name);
            if (fail) throw new IllegalStateException("use failed: " + name);
        }
        @Override public void close() {
            System.out.println("  close " + name);
            if (failOnClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }

    static class Failing implements AutoCloseable {
        Failing() throws Exception { throw new Exception("constructor failed"); }
        public void close() { System.out.println("  never closed"); }
    }

    static void scenario(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        System.out.println(label + ":");
        try (Res a = new Res("A", failCloseA); Res b = new Res("B", failCloseB)) {
            a.use(false);
            b.use(failUse);
        } catch (RuntimeException e) {
            System.out.println("  caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("    suppressed " + s.getMessage());
        } finally {
            System.out.println("  finally");
        }
    }

    public static void main(String[] args) throws Exception {
        scenario("no failures", false, false, false);
        scenario("use fails", true, false, false);
        scenario("use fails, both closes fail", true, true, true);
        scenario("only close B fails", false, false, true);
        scenario("both closes fail", false, true, true);
        System.out.println("null resource:");
        try (Res r = null) {
            System.out.println("  body with null resource");
        }
        System.out.println("resource constructor fails:");
        try (Res ok = new Res("OK", false); Failing f = new Failing()) {
            System.out.println("  not reached");
        } catch (Exception e) {
            System.out.println("  caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        System.out.println("effectively final resource (Java 9):");
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println("suppression details:");
        Exception primary = new Exception("primary");
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("  " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("  " + e.getMessage());
        }
        System.out.println("  suppressed count " + primary.getSuppressed().length);
        System.out.println("uncaught with suppressed:");
        try (Res x = new Res("X", true)) {
            x.use(true);
        }
    }
}
