import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

// Semaphore: limiting concurrency, tryAcquire, timed acquire, bulk permits, fairness, interrupts.
public class Semaphores {
    static int inside, maxInside;
    static synchronized void enter() {
        inside++;
        if (inside > maxInside) maxInside = inside;
    }
    static synchronized void leave() { inside--; }

    public static void main(String[] args) throws Exception {
        final Semaphore sem = new Semaphore(3);
        Thread[] ts = new Thread[12];
        final int[] done = new int[1];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread() {
                @Override public void run() {
                    for (int k = 0; k < 20; k++) {
                        try {
                            sem.acquire();
                        } catch (InterruptedException e) {
                            return;
                        }
                        try {
                            enter();
                            Thread.yield();
                            leave();
                        } finally {
                            sem.release();
                        }
                    }
                    synchronized (done) {
                        done[0]++;
                    }
                }
            };
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("done " + done[0] + " max inside <= 3: " + (maxInside <= 3) + " available " + sem.availablePermits());

        System.out.println("tryAcquire(3) " + sem.tryAcquire(3) + " tryAcquire " + sem.tryAcquire() + " timed "
                + sem.tryAcquire(10, TimeUnit.MILLISECONDS));
        sem.release(2);
        System.out.println("after release(2): " + sem.availablePermits() + " drain " + sem.drainPermits() + " now " + sem.availablePermits());

        // A thread waiting for 2 permits gets them only once both are released.
        final String[] log = new String[1];
        Thread bulk = new Thread() {
            @Override public void run() {
                try {
                    sem.acquire(2);
                    log[0] = "bulk acquired";
                } catch (InterruptedException e) {
                    log[0] = "interrupted";
                }
            }
        };
        bulk.start();
        while (!sem.hasQueuedThreads()) Thread.sleep(1);
        sem.release();
        Thread.sleep(10);
        while (bulk.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("after one release: " + bulk.getState() + " queue " + sem.getQueueLength());
        sem.release();
        bulk.join();
        System.out.println(log[0] + ", permits " + sem.availablePermits());

        // Interrupt while waiting in acquire; acquireUninterruptibly ignores interrupts.
        Thread intr = new Thread() {
            @Override public void run() {
                try {
                    sem.acquire();
                    log[0] = "acquired?";
                } catch (InterruptedException e) {
                    log[0] = "acquire interrupted, flag " + isInterrupted();
                }
            }
        };
        intr.start();
        while (!sem.hasQueuedThreads()) Thread.sleep(1);
        intr.interrupt();
        intr.join();
        System.out.println(log[0]);
        Thread unint = new Thread() {
            @Override public void run() {
                sem.acquireUninterruptibly();
                log[0] = "acquireUninterruptibly returned, flag " + isInterrupted();
            }
        };
        unint.start();
        while (!sem.hasQueuedThreads()) Thread.sleep(1);
        unint.interrupt();
        Thread.sleep(10);
        System.out.println("still waiting: " + unint.isAlive());
        sem.release();
        unint.join();
        System.out.println(log[0]);

        // A fair semaphore serves waiters in arrival order.
        final Semaphore fair = new Semaphore(0, true);
        final StringBuffer order = new StringBuffer();
        Thread[] waiters = new Thread[5];
        for (int i = 0; i < waiters.length; i++) {
            final int n = i;
            waiters[i] = new Thread() {
                @Override public void run() {
                    fair.acquireUninterruptibly();
                    order.append(n);
                    fair.release();
                }
            };
            waiters[i].start();
            while (fair.getQueueLength() != i + 1) Thread.sleep(1);
        }
        fair.release();
        for (Thread t : waiters) t.join();
        System.out.println("fair order " + order + " isFair " + fair.isFair());
        Semaphore negative = new Semaphore(-2);
        negative.release(3);
        System.out.println("negative start: " + negative.availablePermits() + " " + negative.toString().substring(negative.toString().indexOf('[')));
    }
}
