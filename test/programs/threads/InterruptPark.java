import java.util.concurrent.locks.LockSupport;

// LockSupport.park/unpark: the single permit, interrupts (flag kept), timeouts, and unpark of odd threads.
public class InterruptPark {
    static volatile boolean started;

    public static void main(String[] args) throws Exception {
        // unpark before park: park returns at once, and the permit does not accumulate.
        LockSupport.unpark(Thread.currentThread());
        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        System.out.println("park with permit returned");
        long t0 = System.nanoTime();
        LockSupport.parkNanos(20000000L);
        System.out.println("parkNanos(20 ms) waited: " + (System.nanoTime() - t0 >= 10000000L));
        LockSupport.parkNanos(-1);
        LockSupport.parkNanos(0);
        LockSupport.parkUntil(System.currentTimeMillis() - 1000);
        System.out.println("non-positive timeouts return");

        // park is ended by interrupt and keeps the flag.
        final String[] result = new String[1];
        Thread parker = new Thread("parker") {
            @Override public void run() {
                started = true;
                while (!isInterrupted()) LockSupport.park(this);
                result[0] = "park returned, flag " + isInterrupted() + ", interrupted() " + Thread.interrupted() + ", flag now "
                        + isInterrupted();
            }
        };
        parker.start();
        while (parker.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("parker state " + parker.getState() + ", blocker " + LockSupport.getBlocker(parker).getClass().getName());
        parker.interrupt();
        parker.join();
        System.out.println(result[0]);

        // With the flag set, park does not block.
        Thread.currentThread().interrupt();
        LockSupport.park();
        LockSupport.parkNanos(1000000000L);
        System.out.println("park with interrupt flag returned, flag " + Thread.interrupted());

        // unpark wakes a parked thread.
        final int[] rounds = new int[1];
        final boolean[] done = new boolean[1];
        Thread t = new Thread() {
            @Override public void run() {
                while (!done[0]) {
                    LockSupport.park();
                    rounds[0]++;
                }
            }
        };
        t.start();
        for (int i = 0; i < 5; i++) {
            while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
            if (i == 4) done[0] = true;
            LockSupport.unpark(t);
        }
        t.join();
        System.out.println("woken enough times: " + (rounds[0] >= 1 && rounds[0] <= 5));

        // Timed park state.
        Thread timed = new Thread() {
            @Override public void run() {
                LockSupport.parkNanos(60000000000L);
            }
        };
        timed.start();
        while (timed.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        System.out.println("timed parker state " + timed.getState());
        LockSupport.unpark(timed);
        timed.join();
        System.out.println("timed parker " + timed.getState());

        // unpark of null, of an unstarted thread, of a terminated thread: nothing happens.
        LockSupport.unpark(null);
        Thread unstarted = new Thread() {
            @Override public void run() {
                long t1 = System.nanoTime();
                LockSupport.parkNanos(30000000L);
                System.out.println("unstarted-then-started parked for the full time: " + (System.nanoTime() - t1 >= 15000000L));
            }
        };
        LockSupport.unpark(unstarted);
        LockSupport.unpark(timed);
        unstarted.start();
        unstarted.join();
        System.out.println("done");
    }
}
