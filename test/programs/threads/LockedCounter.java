// Many threads incrementing shared counters under different kinds of locks.
public class LockedCounter {
    static int staticCount;
    int instanceCount;
    int blockCount;
    long longCount;
    final Object lock = new Object();
    final int[] lockArray = new int[1];

    static synchronized void staticInc() { staticCount++; }
    synchronized void instanceInc() { instanceCount++; }

    void blockInc() {
        synchronized (lock) {
            int v = blockCount;
            // A call inside the critical section gives the scheduler a chance to switch.
            Thread.yield();
            blockCount = v + 1;
        }
    }

    void nestedInc() {
        synchronized (this) {
            synchronized (lock) {
                synchronized (this) {
                    longCount += 3;
                }
            }
        }
    }

    void arrayInc() {
        synchronized (lockArray) {
            lockArray[0]++;
        }
    }

    public static void main(String[] args) throws Exception {
        final LockedCounter c = new LockedCounter();
        final int threads = 16, iterations = 2500;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ts[i] = new Thread() {
                @Override public void run() {
                    for (int j = 0; j < iterations; j++) {
                        staticInc();
                        c.instanceInc();
                        if (j % 10 == 0) c.blockInc();
                        c.nestedInc();
                        c.arrayInc();
                    }
                }
            };
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("static " + staticCount + " (expected " + threads * iterations + ")");
        System.out.println("instance " + c.instanceCount);
        System.out.println("block " + c.blockCount + " (expected " + threads * (iterations / 10) + ")");
        System.out.println("nested " + c.longCount);
        System.out.println("array " + c.lockArray[0]);
        System.out.println("holds any lock: " + Thread.holdsLock(c) + " " + Thread.holdsLock(c.lock) + " "
                + Thread.holdsLock(c.lockArray) + " " + Thread.holdsLock(LockedCounter.class));

        // A lock held across a sleep: the others wait for it.
        final StringBuilder order = new StringBuilder();
        final Object gate = new Object();
        Thread holder;
        synchronized (gate) {
            holder = new Thread() {
                @Override public void run() {
                    synchronized (gate) {
                        order.append("second ");
                    }
                }
            };
            holder.start();
            Thread.sleep(20);
            order.append("first ");
        }
        holder.join();
        System.out.println(order.toString().trim());
    }
}
