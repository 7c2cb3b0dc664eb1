import java.util.concurrent.atomic.AtomicInteger;

// 1,000 threads started and joined, each doing a little work under a lock and with an atomic.
public class ThousandThreads {
    static int total;
    static final Object lock = new Object();

    public static void main(String[] args) throws Exception {
        final AtomicInteger atomic = new AtomicInteger();
        final int[] results = new int[1000];
        Thread[] ts = new Thread[1000];
        for (int i = 0; i < ts.length; i++) {
            final int n = i;
            ts[i] = new Thread("t" + i) {
                @Override public void run() {
                    int s = 0;
                    for (int k = 0; k <= n; k++) s += k;
                    results[n] = s;
                    synchronized (lock) {
                        total += n;
                    }
                    atomic.incrementAndGet();
                }
            };
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        long check = 0;
        boolean ok = true;
        for (int i = 0; i < results.length; i++) {
            if (results[i] != i * (i + 1) / 2) ok = false;
            check += results[i];
        }
        int alive = 0;
        for (Thread t : ts) if (t.isAlive()) alive++;
        System.out.println("total " + total + " atomic " + atomic.get() + " results ok " + ok + " check " + check + " alive " + alive);
        System.out.println("last name " + ts[999].getName() + " state " + ts[999].getState());

        // Start and join in waves, with threads that start threads.
        final AtomicInteger nested = new AtomicInteger();
        Thread[] parents = new Thread[100];
        for (int i = 0; i < parents.length; i++) {
            parents[i] = new Thread() {
                @Override public void run() {
                    Thread[] kids = new Thread[10];
                    for (int k = 0; k < kids.length; k++) {
                        kids[k] = new Thread() {
                            @Override public void run() {
                                nested.incrementAndGet();
                            }
                        };
                        kids[k].start();
                    }
                    for (Thread k : kids) {
                        try {
                            k.join();
                        } catch (InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                    }
                }
            };
            parents[i].start();
        }
        for (Thread t : parents) t.join();
        System.out.println("nested " + nested.get());
        System.out.println("active count small: " + (Thread.activeCount() < 10));
    }
}
