// System.exit from a worker thread while main waits: hooks run, the exit status is the worker's, and
// the code after exit never runs.
public class ExitFromWorker {
    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override public void run() {
                System.out.println("shutdown hook in " + getName() + ", main alive " + mainThread.isAlive());
            }
        });
        mainThread = Thread.currentThread();
        final Object lock = new Object();
        Thread worker = new Thread("exiter") {
            @Override public void run() {
                synchronized (lock) {
                    System.out.println("worker calls System.exit(3)");
                }
                try {
                    System.exit(3);
                } finally {
                    System.out.println("finally after exit must not print");
                }
            }
        };
        // A daemon thread blocked forever does not matter.
        Thread daemon = new Thread() {
            @Override public void run() {
                synchronized (lock) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                    }
                }
            }
        };
        daemon.setDaemon(true);
        daemon.start();
        worker.start();
        try {
            worker.join();
            System.out.println("main after join must not print");
        } finally {
            System.out.println("main finally must not print");
        }
    }

    static Thread mainThread;
}
