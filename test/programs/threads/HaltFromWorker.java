// Runtime.halt from a worker thread: no shutdown hooks, no finally blocks, the given status; other
// threads (blocked, sleeping, spinning) don't matter.
public class HaltFromWorker {
    static volatile boolean spin = true;

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override public void run() {
                System.out.println("shutdown hook must not run");
            }
        });
        Thread spinner = new Thread("spinner") {
            @Override public void run() {
                while (spin) { }
            }
        };
        spinner.start();
        Thread sleeper = new Thread("sleeper") {
            @Override public void run() {
                try {
                    Thread.sleep(600000);
                } catch (InterruptedException e) {
                }
            }
        };
        sleeper.start();
        Thread halter = new Thread("halter") {
            @Override public void run() {
                System.out.println("halting with status 7");
                System.err.println("to stderr before halt");
                try {
                    Runtime.getRuntime().halt(7);
                } finally {
                    System.out.println("finally after halt must not print");
                }
            }
        };
        halter.start();
        halter.join();
        System.out.println("main after join must not print");
    }
}
