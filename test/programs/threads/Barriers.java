import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// CyclicBarrier: several generations with a barrier action, arrival indexes, breaking by timeout,
// interrupt and reset.
public class Barriers {
    public static void main(String[] args) throws Exception {
        final int parties = 4, rounds = 5;
        final long[] partial = new long[parties];
        final StringBuffer actions = new StringBuffer();
        final int[] generation = new int[1];
        final CyclicBarrier barrier = new CyclicBarrier(parties, new Runnable() {
            public void run() {
                long s = 0;
                for (long p : partial) s += p;
                actions.append("round " + generation[0] + " sum " + s + "\n");
                generation[0]++;
            }
        });
        final int[] arrivalIndexes = new int[parties];
        Thread[] ts = new Thread[parties];
        for (int i = 0; i < parties; i++) {
            final int id = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    try {
                        for (int r = 0; r < rounds; r++) {
                            partial[id] = (long) (id + 1) * (r + 1);
                            int idx = barrier.await();
                            synchronized (arrivalIndexes) {
                                arrivalIndexes[idx]++;
                            }
                        }
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    } catch (BrokenBarrierException e) {
                        throw new RuntimeException(e);
                    }
                }
            };
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.print(actions);
        System.out.println("arrival indexes used " + java.util.Arrays.toString(arrivalIndexes));
        System.out.println("parties " + barrier.getParties() + " waiting " + barrier.getNumberWaiting() + " broken " + barrier.isBroken());

        // A timeout breaks the barrier for everyone.
        final CyclicBarrier b2 = new CyclicBarrier(3);
        final String[] res = new String[2];
        Thread waiter = new Thread() {
            @Override public void run() {
                try {
                    b2.await();
                    res[0] = "passed?";
                } catch (BrokenBarrierException e) {
                    res[0] = "waiter: BrokenBarrierException";
                } catch (InterruptedException e) {
                    res[0] = "waiter interrupted";
                }
            }
        };
        waiter.start();
        while (b2.getNumberWaiting() != 1) Thread.sleep(1);
        try {
            b2.await(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("main: TimeoutException");
        }
        waiter.join();
        System.out.println(res[0] + ", broken " + b2.isBroken());
        try {
            b2.await();
        } catch (BrokenBarrierException e) {
            System.out.println("await on broken barrier: BrokenBarrierException");
        }
        b2.reset();
        System.out.println("after reset broken " + b2.isBroken());

        // Interrupting a waiting party.
        final CyclicBarrier b3 = new CyclicBarrier(2);
        Thread intr = new Thread() {
            @Override public void run() {
                try {
                    b3.await();
                } catch (InterruptedException e) {
                    res[1] = "interrupted party: InterruptedException, broken " + b3.isBroken();
                } catch (BrokenBarrierException e) {
                    res[1] = "broken?";
                }
            }
        };
        intr.start();
        while (b3.getNumberWaiting() != 1) Thread.sleep(1);
        intr.interrupt();
        intr.join();
        System.out.println(res[1]);

        // A barrier action that throws breaks the barrier.
        final CyclicBarrier b4 = new CyclicBarrier(2, new Runnable() {
            public void run() {
                throw new IllegalStateException("action failed");
            }
        });
        Thread other = new Thread() {
            @Override public void run() {
                try {
                    b4.await();
                    res[0] = "other passed?";
                } catch (BrokenBarrierException e) {
                    res[0] = "other: BrokenBarrierException";
                } catch (InterruptedException e) {
                    res[0] = "other interrupted";
                }
            }
        };
        other.start();
        while (b4.getNumberWaiting() != 1) Thread.sleep(1);
        try {
            b4.await();
        } catch (IllegalStateException e) {
            System.out.println("last arriver gets " + e.getMessage());
        }
        other.join();
        System.out.println(res[0]);
    }
}
