// StackOverflowError in threads other than main: caught inside the thread, uncaught (the default handler
// prints it; only the first line is compared, as the trace is 1024 frames), and threads with a requested
// stack size. The depths reached are not printed: they differ between VMs.
public class ThreadStackOverflow {
    static int depth;

    static int recurse(int n) {
        depth = n;
        return recurse(n + 1) + 1;
    }

    public static void main(String[] args) throws Exception {
        final String[] res = new String[3];
        Thread caught = new Thread("catches") {
            @Override public void run() {
                try {
                    recurse(0);
                } catch (StackOverflowError e) {
                    res[0] = "caught " + e.getClass().getName() + ", deep " + (depth > 500) + ", message " + e.getMessage();
                }
                // The thread can go on and recurse again.
                try {
                    recurse(0);
                } catch (StackOverflowError e) {
                    res[0] += "; caught again";
                }
            }
        };
        caught.start();
        caught.join();
        System.out.println(res[0]);

        Thread sized = new Thread(null, new Runnable() {
            public void run() {
                try {
                    recurse(0);
                } catch (StackOverflowError e) {
                    res[1] = "sized thread caught StackOverflowError";
                }
            }
        }, "sized", 256 * 1024);
        sized.start();
        sized.join();
        System.out.println(res[1]);

        Thread uncaught = new Thread("uncaught") {
            @Override public void run() {
                recurse(0);
            }
        };
        uncaught.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                StackTraceElement[] trace = e.getStackTrace();
                System.out.println("handler: " + e + " in " + t.getName() + ", top frame " + trace[0].getMethodName()
                        + ", trace length > 100: " + (trace.length > 100));
            }
        });
        uncaught.start();
        uncaught.join();
        // Exceptions with causes and suppressed exceptions, uncaught in a thread: the default output.
        Thread chained = new Thread("chained") {
            @Override public void run() {
                try {
                    try {
                        throw new IllegalStateException("inner");
                    } catch (IllegalStateException e) {
                        RuntimeException outer = new RuntimeException("outer", e);
                        outer.addSuppressed(new UnsupportedOperationException("suppressed"));
                        throw outer;
                    }
                } finally {
                    System.out.println("finally runs before the handler");
                }
            }
        };
        chained.start();
        chained.join();
        System.out.println("main done");
    }
}
