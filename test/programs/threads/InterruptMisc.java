import java.util.concurrent.locks.LockSupport;

// Interrupts that don't end a blocking operation: a thread blocked entering a monitor stays blocked and
// keeps the flag; a thread waiting for another's class initialization keeps waiting; a notified thread
// that is interrupted before it re-acquires the monitor returns from wait normally, flag set.
public class InterruptMisc {
    static final Object lock = new Object();
    static volatile boolean initStarted, initRelease;

    static final class SlowInit {
        static int value;
        static {
            initStarted = true;
            while (!initRelease) Thread.yield();
            value = 99;
        }
    }

    public static void main(String[] args) throws Exception {
        final String[] res = new String[3];
        Thread blocked = new Thread("blocked") {
            @Override public void run() {
                synchronized (lock) {
                    res[0] = "got the monitor, interrupted " + isInterrupted();
                }
            }
        };
        synchronized (lock) {
            blocked.start();
            while (blocked.getState() != Thread.State.BLOCKED) Thread.sleep(1);
            blocked.interrupt();
            Thread.sleep(10);
            System.out.println("after interrupt: " + blocked.getState() + ", flag " + blocked.isInterrupted());
        }
        blocked.join();
        System.out.println(res[0]);

        // Notified, then interrupted while waiting to re-enter: wait returns normally.
        final boolean[] go = new boolean[1];
        Thread waiter = new Thread("waiter") {
            @Override public void run() {
                synchronized (lock) {
                    try {
                        while (!go[0]) lock.wait();
                        res[1] = "wait returned normally, flag " + isInterrupted();
                    } catch (InterruptedException e) {
                        res[1] = "InterruptedException";
                    }
                }
            }
        };
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (lock) {
            go[0] = true;
            lock.notify();
            while (waiter.getState() != Thread.State.BLOCKED) Thread.sleep(1);
            waiter.interrupt();
            System.out.println("notified then interrupted: " + waiter.getState());
        }
        waiter.join();
        System.out.println(res[1]);

        // Interrupted, then notified before it runs: the interrupt wins (not notified).
        final boolean[] go2 = new boolean[1];
        final int[] woken = new int[1];
        Thread w2 = new Thread("w2") {
            @Override public void run() {
                synchronized (lock) {
                    try {
                        while (!go2[0]) lock.wait();
                        res[2] = "w2 returned normally";
                    } catch (InterruptedException e) {
                        res[2] = "w2 InterruptedException, flag " + isInterrupted();
                    }
                }
            }
        };
        Thread w3 = new Thread("w3") {
            @Override public void run() {
                synchronized (lock) {
                    try {
                        while (!go2[0]) lock.wait();
                        woken[0]++;
                    } catch (InterruptedException e) {
                        woken[0] = -100;
                    }
                }
            }
        };
        w2.start();
        while (w2.getState() != Thread.State.WAITING) Thread.sleep(1);
        w3.start();
        while (w3.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (lock) {
            w2.interrupt();
            while (w2.getState() != Thread.State.BLOCKED) Thread.sleep(1);
            go2[0] = true;
            // w2 already left the wait set: this notify goes to w3 (JLS 17.2.4).
            lock.notify();
        }
        w2.join();
        w3.join();
        System.out.println(res[2] + "; w3 woken " + woken[0]);

        // A thread waiting for a class initialization ignores interrupts.
        final String[] initRes = new String[1];
        Thread initializer = new Thread("initializer") {
            @Override public void run() {
                System.out.println("initializer sees " + SlowInit.value);
            }
        };
        Thread user = new Thread("user") {
            @Override public void run() {
                int v = SlowInit.value;
                initRes[0] = "user sees " + v + ", flag " + isInterrupted();
            }
        };
        initializer.start();
        while (!initStarted) Thread.yield();
        user.start();
        Thread.sleep(10);
        user.interrupt();
        Thread.sleep(10);
        initRelease = true;
        initializer.join();
        user.join();
        System.out.println(initRes[0]);

        // park returns on interrupt but a later park with the flag still set returns immediately too.
        Thread.currentThread().interrupt();
        LockSupport.park();
        LockSupport.park();
        System.out.println("two parks with the flag set returned; " + Thread.interrupted());
        // Interrupting yourself then waiting.
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try {
                lock.wait(1);
                System.out.println("no exception?");
            } catch (InterruptedException e) {
                System.out.println("self-interrupt then wait: InterruptedException, flag " + Thread.currentThread().isInterrupted());
            }
        }
    }
}
