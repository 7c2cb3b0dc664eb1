import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

// CountDownLatch: start gate and end gate, timed await, counting below zero, interrupts.
public class Latches {
    public static void main(String[] args) throws Exception {
        final int n = 10;
        final CountDownLatch startGate = new CountDownLatch(1);
        final CountDownLatch endGate = new CountDownLatch(n);
        final int[] results = new int[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            new Thread() {
                @Override public void run() {
                    try {
                        startGate.await();
                        results[id] = id * 10;
                    } catch (InterruptedException e) {
                        results[id] = -1;
                    } finally {
                        endGate.countDown();
                    }
                }
            }.start();
        }
        Thread.sleep(10);
        int before = 0;
        for (int r : results) before += r;
        System.out.println("before the start gate opens: " + before + ", end count " + endGate.getCount());
        startGate.countDown();
        endGate.await();
        int after = 0;
        for (int r : results) after += r;
        System.out.println("after the end gate: " + after + ", end count " + endGate.getCount());

        CountDownLatch one = new CountDownLatch(1);
        System.out.println("timed await on closed latch: " + one.await(10, TimeUnit.MILLISECONDS));
        one.countDown();
        one.countDown();
        System.out.println("count after extra countDown " + one.getCount() + ", await " + one.await(10, TimeUnit.MILLISECONDS));
        System.out.println(one.toString().endsWith("[Count = 0]"));

        final CountDownLatch never = new CountDownLatch(1);
        final String[] res = new String[1];
        Thread waiter = new Thread() {
            @Override public void run() {
                try {
                    never.await();
                    res[0] = "passed?";
                } catch (InterruptedException e) {
                    res[0] = "await interrupted, flag " + isInterrupted();
                }
            }
        };
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        waiter.interrupt();
        waiter.join();
        System.out.println(res[0]);
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative count: " + e.getMessage());
        }
        // Chained latches form a relay.
        final CountDownLatch[] relay = new CountDownLatch[6];
        for (int i = 0; i < relay.length; i++) relay[i] = new CountDownLatch(1);
        final StringBuffer order = new StringBuffer();
        for (int i = relay.length - 2; i >= 0; i--) {
            final int id = i;
            new Thread() {
                @Override public void run() {
                    try {
                        relay[id].await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    order.append(id);
                    relay[id + 1].countDown();
                }
            }.start();
        }
        relay[0].countDown();
        relay[relay.length - 1].await();
        System.out.println("relay order " + order);
    }
}
