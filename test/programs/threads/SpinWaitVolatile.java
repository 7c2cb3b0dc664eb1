// Spin-waits on volatile fields: the scheduler must preempt a spinning thread so the writer gets to run.
public class SpinWaitVolatile {
    static volatile boolean ready;
    static volatile int turn;
    static int data;
    static volatile long counter;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread() {
            @Override public void run() {
                data = 42;
                ready = true;
            }
        };
        writer.start();
        while (!ready) { }
        System.out.println("saw ready, data " + data);

        // Strict alternation between two threads spinning on a volatile turn variable.
        final StringBuffer trace = new StringBuffer();
        Thread[] players = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int me = p;
            players[p] = new Thread() {
                @Override public void run() {
                    for (int round = 0; round < 50; round++) {
                        while (turn != me) Thread.onSpinWait();
                        trace.append(me);
                        turn = 1 - me;
                    }
                }
            };
        }
        for (Thread t : players) t.start();
        for (Thread t : players) t.join();
        System.out.println("alternation " + trace);

        // A spin loop with a long counter and no calls at all.
        Thread stopper = new Thread() {
            @Override public void run() {
                while (counter < 100000) { }
                ready = false;
            }
        };
        stopper.start();
        while (ready) counter++;
        stopper.join();
        System.out.println("counter reached " + (counter >= 100000));

        // Spinning inside a synchronized method of another object doesn't block the writer of the flag.
        final Flag flag = new Flag();
        Thread setter = new Thread() {
            @Override public void run() {
                flag.value = true;
            }
        };
        setter.start();
        flag.spin();
        setter.join();
        System.out.println("spun in synchronized method: " + flag.value);
        // A three-stage pipeline of spinning threads.
        final int[] stageValues = new int[3];
        final Stage s1 = new Stage(), s2 = new Stage(), s3 = new Stage();
        Thread a = new Thread() {
            @Override public void run() {
                while (s1.v == 0) { }
                stageValues[0] = s1.v;
                s2.v = s1.v * 2;
            }
        };
        Thread b = new Thread() {
            @Override public void run() {
                while (s2.v == 0) { }
                stageValues[1] = s2.v;
                s3.v = s2.v + 1;
            }
        };
        a.start();
        b.start();
        s1.v = 10;
        while (s3.v == 0) { }
        stageValues[2] = s3.v;
        a.join();
        b.join();
        System.out.println("pipeline " + stageValues[0] + " " + stageValues[1] + " " + stageValues[2]);
    }

    static final class Flag {
        volatile boolean value;
        synchronized void spin() {
            while (!value) { }
        }
    }

    static final class Stage {
        volatile int v;
    }
}
