// Interrupts and Object.wait; IllegalMonitorStateException and IllegalArgumentException where HotSpot throws.
public class InterruptWait {
    static final Object lock = new Object();

    public static void main(String[] args) throws Exception {
        final String[] result = new String[3];
        Thread waiter = new Thread("waiter") {
            @Override public void run() {
                synchronized (lock) {
                    synchronized (lock) {
                        try {
                            lock.wait();
                            result[0] = "notified";
                        } catch (InterruptedException e) {
                            result[0] = "interrupted: " + e.getMessage();
                            result[1] = "holds lock after interrupt " + Thread.holdsLock(lock);
                            result[2] = "flag " + isInterrupted();
                        }
                    }
                    // The recursion count was restored: still held once after the inner block.
                    result[1] += ", then " + Thread.holdsLock(lock);
                }
            }
        };
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("waiter state " + waiter.getState());
        // While the waiter waits, the monitor is free.
        synchronized (lock) {
            System.out.println("main got the lock while waiter waits");
            waiter.interrupt();
            // The waiter can't return from wait until main releases the monitor.
            while (waiter.getState() == Thread.State.WAITING) Thread.sleep(1);
            System.out.println("waiter state while main holds the lock " + waiter.getState());
        }
        waiter.join();
        System.out.println(result[0] + "; " + result[1] + "; " + result[2]);

        // Interrupt before wait: throws immediately, flag cleared.
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try {
                lock.wait(60000);
            } catch (InterruptedException e) {
                System.out.println("pre-interrupted wait: " + e.getMessage() + " flag " + Thread.currentThread().isInterrupted());
            }
        }
        // Timed wait times out.
        synchronized (lock) {
            lock.wait(10);
            lock.wait(1, 500);
            System.out.println("timed waits returned, holding " + Thread.holdsLock(lock));
        }
        // Not the owner.
        Object other = new Object();
        try {
            other.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e.getMessage());
        }
        try {
            other.wait(10);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait(10): " + e.getMessage());
        }
        try {
            other.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify: " + e.getMessage());
        }
        try {
            other.notifyAll();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notifyAll: " + e.getMessage());
        }
        synchronized (other) {
            try {
                other.wait(-5);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(-5): " + e.getMessage());
            }
            try {
                other.wait(0, 1000000);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(0, 1000000): " + e.getMessage());
            }
            try {
                lock.wait();
            } catch (IllegalMonitorStateException e) {
                System.out.println("wait on another object: " + e.getMessage());
            }
            other.notify();
            other.notifyAll();
            System.out.println("notify with no waiters is fine");
        }
        // notify wakes exactly one of several waiters.
        final int[] woken = new int[1];
        Thread[] ws = new Thread[3];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = new Thread() {
                @Override public void run() {
                    synchronized (lock) {
                        try {
                            lock.wait();
                            woken[0]++;
                        } catch (InterruptedException e) {
                            System.out.println("unexpected");
                        }
                    }
                }
            };
            ws[i].start();
        }
        for (Thread t : ws) while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (lock) {
            lock.notify();
        }
        while (true) {
            synchronized (lock) {
                if (woken[0] == 1) break;
            }
            Thread.sleep(1);
        }
        Thread.sleep(20);
        synchronized (lock) {
            System.out.println("after notify: woken " + woken[0]);
            lock.notifyAll();
        }
        for (Thread t : ws) t.join();
        System.out.println("after notifyAll: woken " + woken[0]);
    }
}
