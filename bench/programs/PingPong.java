import java.util.concurrent.SynchronousQueue;

/**
 * Thread-switch ping-pong: two threads take turns, N round trips each way (2N switches), first through
 * a monitor with wait/notify, then through a SynchronousQueue (LockSupport.park/unpark underneath).
 * Measures: the cost of handing control from one thread to another (on tsjvm: a green-thread switch,
 * which unwinds the blocked thread to the scheduler and resumes the other one).
 * args[0] = round trips per phase (work is linear in it). The time per switch goes to stderr.
 */
public class PingPong {
    static final Object lock = new Object();
    static int turn;
    static long checksum;

    static void monitorPhase(final int rounds) throws InterruptedException {
        Thread pong = new Thread("pong") {
            @Override public void run() {
                synchronized (lock) {
                    for (int i = 0; i < rounds; i++) {
                        while (turn != 1) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        checksum += i;
                        turn = 0;
                        lock.notify();
                    }
                }
            }
        };
        pong.start();
        synchronized (lock) {
            for (int i = 0; i < rounds; i++) {
                turn = 1;
                lock.notify();
                while (turn != 0) lock.wait();
                checksum += 1;
            }
        }
        pong.join();
    }

    static void queuePhase(final int rounds) throws InterruptedException {
        final SynchronousQueue<Integer> ping = new SynchronousQueue<Integer>();
        final SynchronousQueue<Integer> pong = new SynchronousQueue<Integer>();
        Thread echo = new Thread("echo") {
            @Override public void run() {
                try {
                    for (int i = 0; i < rounds; i++) pong.put(ping.take() + 1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        };
        echo.start();
        for (int i = 0; i < rounds; i++) {
            ping.put(i);
            checksum += pong.take();
        }
        echo.join();
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        // A short warm-up of both phases.
        monitorPhase(200);
        queuePhase(200);
        checksum = 0;
        long t0 = System.nanoTime();
        monitorPhase(rounds);
        long t1 = System.nanoTime();
        queuePhase(rounds);
        long t2 = System.nanoTime();
        System.out.println("round trips " + rounds + " checksum " + checksum);
        System.err.println("wait/notify: " + (t1 - t0) / (2L * rounds) + " ns per switch; SynchronousQueue: " + (t2 - t1) / (2L * rounds)
                + " ns per switch");
    }
}
