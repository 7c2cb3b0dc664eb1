import java.util.ArrayList;
import java.util.List;

// Join ordering: results become visible after join; join on finished, unstarted and self-joining threads.
public class JoinOrder {
    static final List<String> log = new ArrayList<String>();

    static synchronized void log(String s) { log.add(s); }

    public static void main(String[] args) throws Exception {
        // A chain: each thread joins its predecessor before logging, so the log is in chain order
        // whatever order the threads are started in (once all are started: joining a thread that
        // hasn't been started returns at once).
        final Thread[] chain = new Thread[8];
        final java.util.concurrent.CountDownLatch allStarted = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < chain.length; i++) {
            final int id = i;
            chain[i] = new Thread("chain-" + i) {
                @Override public void run() {
                    try {
                        allStarted.await();
                        if (id > 0) chain[id - 1].join();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    log("chain " + id);
                }
            };
        }
        for (int i = chain.length - 1; i >= 0; i--) chain[i].start();
        allStarted.countDown();
        chain[chain.length - 1].join();
        for (Thread t : chain) System.out.println(t.getName() + " alive=" + t.isAlive() + " state=" + t.getState());
        System.out.println(log);

        // Results written by a thread are visible after join.
        final long[] results = new long[5];
        Thread[] workers = new Thread[results.length];
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread() {
                @Override public void run() {
                    long f = 1;
                    for (int k = 2; k <= 10 + id; k++) f *= k;
                    results[id] = f;
                }
            };
            workers[i].start();
        }
        for (int i = 0; i < workers.length; i++) {
            workers[i].join();
            System.out.println("worker " + i + ": " + results[i]);
        }

        // Joining a finished thread returns at once; so does joining one never started.
        workers[0].join();
        workers[0].join(1000);
        Thread unstarted = new Thread();
        unstarted.join();
        unstarted.join(10);
        System.out.println("unstarted state " + unstarted.getState());

        // join with a timeout on a thread that outlives it.
        final Object lock = new Object();
        final boolean[] release = new boolean[1];
        Thread sleeper = new Thread() {
            @Override public void run() {
                synchronized (lock) {
                    while (!release[0]) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }
        };
        sleeper.start();
        sleeper.join(30);
        System.out.println("after join(30): alive=" + sleeper.isAlive());
        sleeper.join(0, 500000);
        System.out.println("after join(0, 500000): alive=" + sleeper.isAlive());
        synchronized (lock) {
            release[0] = true;
            lock.notifyAll();
        }
        sleeper.join();
        System.out.println("after join(): alive=" + sleeper.isAlive() + " state=" + sleeper.getState());

        try {
            sleeper.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e.getMessage());
        }
        try {
            sleeper.join(1, 1000000);
        } catch (IllegalArgumentException e) {
            System.out.println("join(1, 1000000): " + e.getMessage());
        }
        // A thread started twice.
        try {
            sleeper.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: " + e);
        }
        // Joining yourself with a timeout just waits.
        Thread.currentThread().join(5);
        System.out.println("done");
    }
}
