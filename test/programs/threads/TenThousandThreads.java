import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

// 10,000 threads: all alive at once (blocked on a latch), then released and joined.
public class TenThousandThreads {
    public static void main(String[] args) throws Exception {
        final int n = 10000;
        final CountDownLatch go = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(n);
        final AtomicLong sum = new AtomicLong();
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    started.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    sum.addAndGet(id);
                }
            };
            ts[i].start();
        }
        started.await();
        System.out.println("all started, sum so far " + sum.get());
        go.countDown();
        for (Thread t : ts) t.join();
        System.out.println("sum " + sum.get() + " expected " + ((long) n * (n - 1) / 2));
        int alive = 0;
        for (Thread t : ts) if (t.isAlive()) alive++;
        System.out.println("alive " + alive);
    }
}
