import java.util.concurrent.CountDownLatch;

// Class initialization raced by threads (JVMS 5.5): one thread runs <clinit>, the others wait for it and
// then see the fully initialized class; a failed initialization gives the others NoClassDefFoundError.
public class ClassInitRace {
    static volatile boolean secondStarted;
    static volatile int clinitRuns;
    static volatile boolean stateChecked;

    static final class Slow {
        static final int[] table;
        static final String who;
        static {
            clinitRuns++;
            who = Thread.currentThread().getName();
            // Wait until the other thread is about to touch the class, then take a while.
            while (!secondStarted) Thread.yield();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            while (!stateChecked) Thread.yield();
            int[] t = new int[100];
            for (int i = 0; i < t.length; i++) t[i] = i * i;
            table = t;
        }
        static int sum() {
            int s = 0;
            for (int v : table) s += v;
            return s;
        }
    }

    static volatile boolean failingEntered;

    static final class Failing {
        static final int value;
        static {
            failingEntered = true;
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
            }
            if (Boolean.parseBoolean("true")) throw new IllegalStateException("init failed");
            value = 1;
        }
    }

    static final class Many {
        static int count;
        static {
            for (int i = 0; i < 1000; i++) {
                count++;
                if (i % 100 == 0) Thread.yield();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        final String[] results = new String[2];
        Thread first = new Thread("first") {
            @Override public void run() {
                results[0] = "first sees sum " + Slow.sum() + " initialized by " + Slow.who;
            }
        };
        Thread second = new Thread("second") {
            @Override public void run() {
                secondStarted = true;
                results[1] = "second sees sum " + Slow.sum() + " initialized by " + Slow.who;
            }
        };
        first.start();
        // Make sure "first" is the initializer: wait until it is inside <clinit>.
        while (clinitRuns == 0) Thread.yield();
        second.start();
        // HotSpot doesn't change the state of a thread waiting for another thread's initialization.
        while (!secondStarted) Thread.yield();
        Thread.sleep(5);
        System.out.println("second waiting for the initialization: " + second.getState());
        stateChecked = true;
        first.join();
        second.join();
        System.out.println(results[0]);
        System.out.println(results[1]);
        System.out.println("clinit runs " + clinitRuns);

        // A failing initializer raced by two threads.
        final String[] failures = new String[2];
        Thread f1 = new Thread("f1") {
            @Override public void run() {
                try {
                    failures[0] = "f1 got " + Failing.value;
                } catch (Throwable e) {
                    failures[0] = "f1: " + e + " cause " + e.getCause();
                }
            }
        };
        Thread f2 = new Thread("f2") {
            @Override public void run() {
                try {
                    failures[1] = "f2 got " + Failing.value;
                } catch (Throwable e) {
                    failures[1] = "f2: " + e;
                }
            }
        };
        f1.start();
        while (!failingEntered) Thread.yield();
        f2.start();
        f1.join();
        f2.join();
        System.out.println(failures[0]);
        System.out.println(failures[1]);
        try {
            System.out.println(Failing.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("main: " + e.getMessage());
        }

        // Many threads start initialization at once.
        final CountDownLatch go = new CountDownLatch(1);
        final int[] seen = new int[20];
        Thread[] ts = new Thread[seen.length];
        for (int i = 0; i < ts.length; i++) {
            final int n = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    seen[n] = Many.count;
                }
            };
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) t.join();
        boolean allFull = true;
        for (int v : seen) if (v != 1000) allFull = false;
        System.out.println("every thread saw a fully initialized class: " + allFull);
    }
}
