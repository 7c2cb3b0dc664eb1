import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Phaser: phases with dynamic registration, onAdvance termination, arrive/awaitAdvance, tiering.
public class Phasers {
    public static void main(String[] args) throws Exception {
        final StringBuffer log = new StringBuffer();
        final Phaser phaser = new Phaser(1) {
            @Override protected boolean onAdvance(int phase, int registeredParties) {
                log.append("advance phase " + phase + " parties " + registeredParties + "\n");
                return phase >= 3 || registeredParties == 0;
            }
        };
        final int[][] work = new int[3][4];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            phaser.register();
            ts[i] = new Thread() {
                @Override public void run() {
                    while (!phaser.isTerminated()) {
                        int phase = phaser.getPhase();
                        if (phase >= 0 && phase < 4) work[id][phase] = (id + 1) * (phase + 1);
                        phaser.arriveAndAwaitAdvance();
                    }
                }
            };
            ts[i].start();
        }
        System.out.println("registered " + phaser.getRegisteredParties());
        while (!phaser.isTerminated()) phaser.arriveAndAwaitAdvance();
        for (Thread t : ts) t.join();
        System.out.print(log);
        for (int[] w : work) System.out.println(java.util.Arrays.toString(w));
        System.out.println("terminated " + phaser.isTerminated() + " phase < 0 " + (phaser.getPhase() < 0));

        // Parties deregistering as they finish different amounts of work.
        final Phaser p2 = new Phaser();
        final StringBuffer done = new StringBuffer();
        p2.register();
        Thread[] workers = new Thread[3];
        for (int i = 1; i <= 3; i++) {
            final int phases = i;
            p2.register();
            workers[i - 1] = new Thread() {
                @Override public void run() {
                    for (int k = 0; k < phases; k++) p2.arriveAndAwaitAdvance();
                    done.append(phases);
                    p2.arriveAndDeregister();
                }
            };
            workers[i - 1].start();
        }
        for (int k = 0; k < 4; k++) {
            int next = p2.arriveAndAwaitAdvance();
            System.out.println("advanced to phase " + next);
        }
        for (Thread t : workers) t.join();
        System.out.println("finish order " + done + ", final phase " + p2.getPhase() + " registered " + p2.getRegisteredParties());

        // awaitAdvance with a timeout, and interruptibly.
        Phaser p3 = new Phaser(2);
        int phase = p3.arrive();
        try {
            p3.awaitAdvanceInterruptibly(phase, 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("awaitAdvance timed out in phase " + phase + ", unarrived " + p3.getUnarrivedParties());
        }
        System.out.println("awaitAdvance on another phase returns at once: " + p3.awaitAdvance(phase + 1));
        p3.arrive();
        System.out.println("advanced to " + p3.getPhase());
        p3.forceTermination();
        System.out.println("forced termination " + p3.isTerminated());

        // A tree of phasers.
        Phaser root = new Phaser();
        final Phaser childA = new Phaser(root, 2);
        final Phaser childB = new Phaser(root, 2);
        System.out.println("root parties " + root.getRegisteredParties() + " child parent is root " + (childA.getParent() == root));
        final int[] arrived = new int[1];
        Thread[] leaves = new Thread[4];
        for (int i = 0; i < 4; i++) {
            final Phaser mine = i < 2 ? childA : childB;
            leaves[i] = new Thread() {
                @Override public void run() {
                    mine.arriveAndAwaitAdvance();
                    synchronized (arrived) {
                        arrived[0]++;
                    }
                    mine.arriveAndDeregister();
                }
            };
            leaves[i].start();
        }
        for (Thread t : leaves) t.join();
        System.out.println("leaves through " + arrived[0] + ", root terminated " + root.isTerminated());
    }
}
