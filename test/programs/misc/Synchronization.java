public class Synchronization {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() { counter++; }
    static synchronized void staticInc() { staticCounter++; }

    synchronized int reentrant(int depth) {
        if (depth == 0) return counter;
        synchronized (this) {
            return reentrant(depth - 1) + 1;
        }
    }

    int blockInc() {
        synchronized (lock) {
            synchronized (lock) {
                counter += 10;
            }
            return counter;
        }
    }

    synchronized void throwing() {
        throw new IllegalStateException("thrown while holding the monitor");
    }

    public static void main(String[] args) {
        Synchronization s = new Synchronization();
        for (int i = 0; i < 1000; i++) {
            s.inc();
            staticInc();
        }
        System.out.println("counter " + s.counter + " static " + staticCounter);
        System.out.println("reentrant " + s.reentrant(50));
        System.out.println("block " + s.blockInc());
        try {
            s.throwing();
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println("holdsLock after exception " + Thread.holdsLock(s));
        synchronized (s) {
            System.out.println("holdsLock inside " + Thread.holdsLock(s) + " other " + Thread.holdsLock(s.lock));
            s.inc();
        }
        System.out.println("holdsLock outside " + Thread.holdsLock(s));
        Object o = new Object();
        int result = 0;
        for (int i = 0; i < 100; i++) {
            synchronized (o) {
                if (i % 10 == 0) continue;
                result += i;
                if (i == 95) break;
            }
        }
        System.out.println("loop with monitor, continue and break " + result + " released " + !Thread.holdsLock(o));
        try {
            synchronized (o) {
                throw new RuntimeException("exception in synchronized block");
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + ", released " + !Thread.holdsLock(o));
        }
        synchronized (Synchronization.class) {
            staticInc();
            System.out.println("class lock held " + Thread.holdsLock(Synchronization.class));
        }
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) sb.append(i);
        System.out.println("StringBuffer (synchronized methods) " + sb + " " + staticCounter);
        java.util.List<Integer> syncList = java.util.Collections.synchronizedList(new java.util.ArrayList<Integer>());
        for (int i = 0; i < 5; i++) syncList.add(i);
        synchronized (syncList) {
            int t = 0;
            for (int v : syncList) t += v;
            System.out.println("synchronizedList total " + t);
        }
    }
}
