// Object.wait releases every recursion level of the monitor and restores them all afterwards; other threads
// can enter while a thread waits holding the monitor several times; synchronized methods and blocks mix.
public class WaitReentrancy {
    int value;
    boolean ready;

    synchronized void deepWait(int depth, StringBuilder log) throws InterruptedException {
        if (depth > 0) {
            synchronized (this) {
                deepWait(depth - 1, log);
            }
            return;
        }
        log.append("waiting at depth 0, holds ").append(Thread.holdsLock(this));
        while (!ready) wait();
        log.append(", woke with value ").append(value).append(", holds ").append(Thread.holdsLock(this));
    }

    synchronized void set(int v) {
        value = v;
        ready = true;
        notifyAll();
    }

    public static void main(String[] args) throws Exception {
        final WaitReentrancy w = new WaitReentrancy();
        final StringBuilder log = new StringBuilder();
        Thread waiter = new Thread() {
            @Override public void run() {
                try {
                    w.deepWait(5, log);
                    // After returning through all the levels the monitor is free again.
                    log.append(", after ").append(Thread.holdsLock(w));
                } catch (InterruptedException e) {
                    log.append("interrupted");
                }
            }
        };
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        // Entering succeeds although the waiter holds the monitor 7 times.
        w.set(42);
        waiter.join();
        System.out.println(log);

        // A notified thread competes for the monitor with a thread that holds it for a while.
        final Object lock = new Object();
        final StringBuffer order = new StringBuffer();
        final boolean[] flag = new boolean[1];
        Thread a = new Thread() {
            @Override public void run() {
                synchronized (lock) {
                    synchronized (lock) {
                        while (!flag[0]) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        order.append("A re-acquired twice; ");
                    }
                    order.append("A still holds: " + Thread.holdsLock(lock) + "; ");
                }
            }
        };
        a.start();
        while (a.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (lock) {
            flag[0] = true;
            lock.notify();
            order.append("main notified; ");
            Thread.sleep(20);
            order.append("main releases; ");
        }
        a.join();
        System.out.println(order);

        // wait(timeout) inside nested synchronized methods of two different objects: only the waited-on
        // monitor is released.
        final Object outer = new Object(), inner = new Object();
        final String[] probe = new String[1];
        Thread holder = new Thread() {
            @Override public void run() {
                synchronized (outer) {
                    synchronized (inner) {
                        try {
                            inner.wait(200);
                        } catch (InterruptedException e) {
                        }
                    }
                }
            }
        };
        holder.start();
        while (holder.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        Thread prober = new Thread() {
            @Override public void run() {
                synchronized (inner) {
                    probe[0] = "inner free while the holder waits";
                    inner.notify();
                }
            }
        };
        prober.start();
        prober.join();
        holder.join();
        System.out.println(probe[0]);
        final boolean[] outerBlocked = new boolean[1];
        synchronized (outer) {
            Thread blockedOnOuter = new Thread() {
                @Override public void run() {
                    synchronized (outer) {
                        outerBlocked[0] = true;
                    }
                }
            };
            blockedOnOuter.start();
            while (blockedOnOuter.getState() != Thread.State.BLOCKED) Thread.sleep(1);
            System.out.println("outer is contended: " + blockedOnOuter.getState() + " entered " + outerBlocked[0]);
        }
        // Monitors on arrays, class objects and strings.
        int[] arr = new int[1];
        synchronized (arr) {
            synchronized (WaitReentrancy.class) {
                synchronized ("literal") {
                    arr.wait(1);
                    WaitReentrancy.class.notifyAll();
                    "literal".notify();
                    System.out.println("array, class and string monitors " + Thread.holdsLock(arr) + Thread.holdsLock(WaitReentrancy.class)
                            + Thread.holdsLock("literal"));
                }
            }
        }
    }
}
