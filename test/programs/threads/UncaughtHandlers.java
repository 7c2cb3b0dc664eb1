// Uncaught exceptions in threads: the default output on stderr, per-thread handlers, the default handler,
// ThreadGroup.uncaughtException, and exceptions thrown by a handler.
public class UncaughtHandlers {
    static final class Failing extends Thread {
        final RuntimeException ex;
        Failing(String name, RuntimeException ex) {
            super(name);
            this.ex = ex;
        }
        @Override public void run() {
            throw ex;
        }
    }

    static final class Deep extends Thread {
        @Override public void run() {
            level(3);
        }
        void level(int n) {
            if (n == 0) throw new IllegalStateException("deep failure");
            level(n - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        // No handler: ThreadGroup prints "Exception in thread ..." and the stack trace to System.err.
        Thread t0 = new Failing("Thread-0", new RuntimeException("boom"));
        t0.start();
        t0.join();
        System.out.println("t0 state " + t0.getState());
        Thread deep = new Deep();
        deep.setName("deep-thread");
        deep.start();
        deep.join();
        Thread errorThread = new Thread("error-thread") {
            @Override public void run() {
                throw new AssertionError("an Error with no message cause");
            }
        };
        errorThread.start();
        errorThread.join();

        // A per-thread handler.
        Thread t1 = new Failing("with-handler", new IllegalArgumentException("handled"));
        t1.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("per-thread handler: " + t.getName() + " " + e);
            }
        });
        t1.start();
        t1.join();

        // A ThreadGroup subclass.
        ThreadGroup group = new ThreadGroup("custom-group") {
            @Override public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " handles " + t.getName() + ": " + e.getMessage());
            }
        };
        Thread t2 = new Thread(group, new Runnable() {
            public void run() { throw new UnsupportedOperationException("in group"); }
        }, "group-member");
        t2.start();
        t2.join();

        // The default handler.
        Thread.setDefaultUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("default handler: " + t.getName() + " " + e);
            }
        });
        Thread t3 = new Failing("uses-default", new ArithmeticException("defaulted"));
        t3.start();
        t3.join();
        // A handler that throws: the exception is ignored and the thread still terminates.
        Thread t4 = new Failing("handler-throws", new RuntimeException("original"));
        t4.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("throwing handler got " + e.getMessage());
                throw new RuntimeException("from handler");
            }
        });
        t4.start();
        t4.join();
        System.out.println("t4 state " + t4.getState() + " alive " + t4.isAlive());
        System.out.println("handler of terminated thread is null: " + (t4.getUncaughtExceptionHandler() == null));
        Thread.setDefaultUncaughtExceptionHandler(null);
        // ThreadDeath is silent.
        Thread t5 = new Thread("thread-death") {
            @Override public void run() {
                throw new ThreadDeath();
            }
        };
        t5.start();
        t5.join();
        System.out.println("main continues; exit code stays 0");
    }
}
