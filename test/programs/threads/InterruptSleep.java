// Interrupts and Thread.sleep: during, before, sleep(0), negative values, and the flag afterwards.
public class InterruptSleep {
    public static void main(String[] args) throws Exception {
        final String[] result = new String[1];
        final boolean[] flagAfter = new boolean[1];
        Thread sleeper = new Thread("sleeper") {
            @Override public void run() {
                try {
                    Thread.sleep(60000);
                    result[0] = "woke normally";
                } catch (InterruptedException e) {
                    result[0] = "interrupted: " + e.getMessage();
                    flagAfter[0] = Thread.currentThread().isInterrupted();
                }
            }
        };
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        System.out.println("sleeper state " + sleeper.getState());
        sleeper.interrupt();
        sleeper.join();
        System.out.println(result[0] + ", flag after catch " + flagAfter[0]);

        // Interrupted before sleeping: sleep throws at once and clears the flag.
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(60000);
            System.out.println("not interrupted?");
        } catch (InterruptedException e) {
            System.out.println("pre-interrupted sleep: " + e.getMessage() + ", flag " + Thread.currentThread().isInterrupted());
        }
        // sleep(0) still checks.
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(0);
            System.out.println("sleep(0) did not throw");
        } catch (InterruptedException e) {
            System.out.println("sleep(0): " + e.getMessage());
        }
        // sleep(ms, ns) as well.
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(0, 10);
            System.out.println("sleep(0, 10) did not throw");
        } catch (InterruptedException e) {
            System.out.println("sleep(0, 10): " + e.getMessage());
        }
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1): " + e.getMessage());
        }
        try {
            Thread.sleep(1, -1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, -1): " + e.getMessage());
        }
        try {
            Thread.sleep(1, 1000000);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, 1000000): " + e.getMessage());
        }

        // Interrupting a thread that is not sleeping sets its flag; its next sleep throws.
        final String[] busyResult = new String[1];
        final volatile_flag go = new volatile_flag();
        Thread busy = new Thread() {
            @Override public void run() {
                while (!go.value) { }
                boolean flag = isInterrupted();
                try {
                    Thread.sleep(60000);
                    busyResult[0] = "flag " + flag + ", slept";
                } catch (InterruptedException e) {
                    busyResult[0] = "flag " + flag + ", then " + e.getMessage();
                }
            }
        };
        busy.start();
        busy.interrupt();
        go.value = true;
        busy.join();
        System.out.println("busy thread: " + busyResult[0]);

        // Thread.interrupted() clears; isInterrupted() does not.
        Thread.currentThread().interrupt();
        System.out.println(Thread.currentThread().isInterrupted() + " " + Thread.currentThread().isInterrupted() + " "
                + Thread.interrupted() + " " + Thread.interrupted() + " " + Thread.currentThread().isInterrupted());

        // Interrupting a finished or unstarted thread does nothing visible.
        Thread unstarted = new Thread();
        unstarted.interrupt();
        System.out.println("unstarted interrupted " + unstarted.isInterrupted());
        sleeper.interrupt();
        System.out.println("terminated interrupted " + sleeper.isInterrupted());
        // A short sleep completes.
        long t0 = System.nanoTime();
        Thread.sleep(15);
        System.out.println("slept at least 15 ms: " + (System.nanoTime() - t0 >= 15000000L));
    }

    static final class volatile_flag {
        volatile boolean value;
    }
}
