public class StackTracePrint {
    static class Repository {
        String load(String id) {
            if (id.startsWith("bad")) throw new IllegalArgumentException("bad id: " + id);
            return "item-" + id;
        }
    }

    static class Service {
        private final Repository repo = new Repository();
        String fetch(String id) {
            try {
                return repo.load(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("fetch failed for " + id, e);
            }
        }
    }

    static class Controller {
        private final Service service = new Service();
        String handle(String id) throws Exception {
            try {
                return service.fetch(id);
            } catch (IllegalStateException e) {
                throw new Exception("request failed", e);
            }
        }
    }

    static void level3() { throw new UnsupportedOperationException("level3"); }
    static void level2() { level3(); }
    static void level1() { level2(); }

    public static void main(String[] args) {
        Controller c = new Controller();
        try {
            System.out.println(c.handle("42"));
            c.handle("bad-7");
        } catch (Exception e) {
            System.out.println("--- printStackTrace(System.out):");
            e.printStackTrace(System.out);
            System.out.println("--- printStackTrace() to stderr");
            e.printStackTrace();
        }
        try {
            level1();
        } catch (UnsupportedOperationException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("frames: " + st.length);
            for (StackTraceElement el : st) {
                System.out.println("  " + el.getClassName() + "." + el.getMethodName() + " " + el.getFileName() + ":"
                        + el.getLineNumber() + " native=" + el.isNativeMethod() + " toString=" + el);
            }
        }
        Exception withSuppressed = new Exception("main failure");
        withSuppressed.addSuppressed(new RuntimeException("cleanup 1"));
        RuntimeException s2 = new RuntimeException("cleanup 2", new Error("root"));
        withSuppressed.addSuppressed(s2);
        withSuppressed.printStackTrace(System.out);
        Throwable noTrace = new Throwable("no trace");
        noTrace.setStackTrace(new StackTraceElement[0]);
        noTrace.printStackTrace(System.out);
        Throwable custom = new Throwable("custom trace");
        custom.setStackTrace(new StackTraceElement[] { new StackTraceElement("a.B", "m", "B.java", 10),
                new StackTraceElement("a.C", "n", null, -1), new StackTraceElement("a.D", "nat", "D.java", -2) });
        custom.printStackTrace(System.out);
    }
}
