public class ThreadBasics {
    static int shared;

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("name " + main.getName() + " priority " + main.getPriority() + " daemon " + main.isDaemon() + " alive "
                + main.isAlive() + " group " + main.getThreadGroup().getName() + " interrupted " + Thread.interrupted());
        final int[] result = new int[1];
        Thread worker = new Thread(new Runnable() {
            public void run() {
                int s = 0;
                for (int i = 1; i <= 100; i++) s += i;
                result[0] = s;
                synchronized (ThreadBasics.class) {
                    shared += 1;
                }
            }
        }, "worker-1");
        System.out.println("worker state before start " + worker.getState() + " name " + worker.getName());
        worker.start();
        worker.join();
        System.out.println("worker result " + result[0] + " state after join " + worker.getState() + " alive " + worker.isAlive()
                + " shared " + shared);
        Thread[] pool = new Thread[4];
        final int[] partial = new int[pool.length];
        for (int t = 0; t < pool.length; t++) {
            final int id = t;
            pool[t] = new Thread() {
                @Override public void run() {
                    for (int i = id; i < 1000; i += 4) partial[id] += i;
                }
            };
            pool[t].start();
        }
        int total = 0;
        for (int t = 0; t < pool.length; t++) {
            pool[t].join();
            total += partial[t];
        }
        System.out.println("partials " + java.util.Arrays.toString(partial) + " total " + total);
        Thread.currentThread().interrupt();
        System.out.println("interrupt flag " + Thread.currentThread().isInterrupted() + " cleared by interrupted() " + Thread.interrupted()
                + " now " + Thread.currentThread().isInterrupted());
        Thread failing = new Thread(new Runnable() {
            public void run() { throw new IllegalStateException("worker failure"); }
        }, "failing-worker");
        failing.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("handler got " + e.getMessage() + " from " + t.getName());
            }
        });
        failing.start();
        failing.join();
        Thread.sleep(1);
        Thread.yield();
        System.out.println("done");
    }
}
