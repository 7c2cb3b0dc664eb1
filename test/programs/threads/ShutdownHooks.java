import java.util.concurrent.CountDownLatch;

// Shutdown hooks run after the last non-daemon thread ends; they may coordinate with each other.
public class ShutdownHooks {
    static final CountDownLatch firstDone = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        Thread hookA = new Thread("hook-a") {
            @Override public void run() {
                System.out.println("hook A runs in " + Thread.currentThread().getName());
                firstDone.countDown();
            }
        };
        Thread hookB = new Thread("hook-b") {
            @Override public void run() {
                try {
                    firstDone.await();
                } catch (InterruptedException e) {
                }
                System.out.println("hook B runs after hook A");
            }
        };
        Thread removed = new Thread() {
            @Override public void run() {
                System.out.println("removed hook must not run");
            }
        };
        Runtime.getRuntime().addShutdownHook(hookA);
        Runtime.getRuntime().addShutdownHook(hookB);
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("remove: " + Runtime.getRuntime().removeShutdownHook(removed) + " again: "
                + Runtime.getRuntime().removeShutdownHook(removed));
        try {
            Runtime.getRuntime().addShutdownHook(hookA);
        } catch (IllegalArgumentException e) {
            System.out.println("add twice: " + e.getMessage());
        }
        Thread started = new Thread();
        started.start();
        started.join();
        try {
            Runtime.getRuntime().addShutdownHook(started);
        } catch (IllegalArgumentException e) {
            System.out.println("add started thread: " + e.getMessage());
        }
        // A worker that outlives main: hooks run only after it ends.
        Thread worker = new Thread("worker") {
            @Override public void run() {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                }
                System.out.println("worker finishes before the hooks");
            }
        };
        worker.start();
        System.err.println("main ends");
    }
}
