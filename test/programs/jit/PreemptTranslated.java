// Threads preempted inside translated loops: several threads spin in hot loops that only end when the
// others make progress, so the scheduler must switch threads in the middle of translated code.
public class PreemptTranslated {
    static volatile int turn = 0;
    static final int THREADS = 4;
    static final int ROUNDS = 200;
    static long[] work = new long[THREADS];

    static long spin(int id) {
        long acc = 0;
        for (int r = 0; r < ROUNDS; r++) {
            while (turn % THREADS != id) acc++;
            work[id] += r;
            turn = turn + 1;
        }
        return acc;
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            final int id = i;
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    spin(id);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("turn " + turn);
        for (int i = 0; i < THREADS; i++) System.out.println("work[" + i + "] = " + work[i]);
    }
}
