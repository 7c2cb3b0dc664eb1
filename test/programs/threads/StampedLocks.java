import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

// StampedLock: optimistic reads, validation, write/read locks, conversions, views.
public class StampedLocks {
    static final StampedLock sl = new StampedLock();
    static double x, y;

    static void move(double dx, double dy) {
        long stamp = sl.writeLock();
        try {
            x += dx;
            Thread.yield();
            y += dy;
        } finally {
            sl.unlockWrite(stamp);
        }
    }

    static int optimisticFailures;

    static double distanceSquared() {
        long stamp = sl.tryOptimisticRead();
        double cx = x, cy = y;
        if (!sl.validate(stamp)) {
            optimisticFailures++;
            stamp = sl.readLock();
            try {
                cx = x;
                cy = y;
            } finally {
                sl.unlockRead(stamp);
            }
        }
        return cx * cx + cy * cy;
    }

    public static void main(String[] args) throws Exception {
        Thread[] movers = new Thread[4];
        for (int i = 0; i < movers.length; i++) {
            movers[i] = new Thread() {
                @Override public void run() {
                    for (int j = 0; j < 500; j++) move(1, 1);
                }
            };
        }
        final boolean[] consistent = { true };
        Thread reader = new Thread() {
            @Override public void run() {
                for (int j = 0; j < 2000; j++) {
                    long stamp = sl.readLock();
                    try {
                        if (x != y) consistent[0] = false;
                    } finally {
                        sl.unlockRead(stamp);
                    }
                    distanceSquared();
                }
            }
        };
        for (Thread t : movers) t.start();
        reader.start();
        for (Thread t : movers) t.join();
        reader.join();
        System.out.println("x " + x + " y " + y + " consistent " + consistent[0] + " dist2 " + distanceSquared());

        long s = sl.tryOptimisticRead();
        System.out.println("optimistic stamp nonzero " + (s != 0) + " valid " + sl.validate(s));
        long w = sl.writeLock();
        System.out.println("after writeLock: old stamp valid " + sl.validate(s) + ", isWriteLocked " + sl.isWriteLocked()
                + ", tryOptimisticRead " + sl.tryOptimisticRead() + ", tryReadLock " + sl.tryReadLock());
        long r = sl.tryConvertToReadLock(w);
        System.out.println("converted to read: " + (r != 0) + " isReadLocked " + sl.isReadLocked() + " read count " + sl.getReadLockCount());
        long w2 = sl.tryConvertToWriteLock(r);
        System.out.println("converted back to write: " + (w2 != 0) + " isWriteLocked " + sl.isWriteLocked());
        sl.unlock(w2);
        System.out.println("unlocked: " + !sl.isWriteLocked() + " " + !sl.isReadLocked());
        try {
            sl.unlockWrite(w2);
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlockWrite with a stale stamp: IllegalMonitorStateException");
        }

        // A writer blocks while readers hold the lock.
        final long rs = sl.readLock();
        final String[] events = new String[2];
        Thread writer = new Thread() {
            @Override public void run() {
                long ws = sl.writeLock();
                events[1] = "writer got lock";
                sl.unlockWrite(ws);
            }
        };
        writer.start();
        while (writer.getState() != Thread.State.WAITING) Thread.sleep(1);
        events[0] = "writer waiting: " + writer.getState();
        sl.unlockRead(rs);
        writer.join();
        System.out.println(events[0] + "; " + events[1]);

        // The Lock views.
        Lock rl = sl.asReadLock();
        rl.lock();
        rl.lock();
        System.out.println("read view count " + sl.getReadLockCount());
        rl.unlock();
        rl.unlock();
        Lock wl = sl.asWriteLock();
        wl.lock();
        System.out.println("write view locked " + sl.isWriteLocked());
        wl.unlock();
        // Interruptible acquisition.
        final long held = sl.writeLock();
        final String[] res = new String[1];
        Thread intr = new Thread() {
            @Override public void run() {
                try {
                    sl.readLockInterruptibly();
                    res[0] = "acquired?";
                } catch (InterruptedException e) {
                    res[0] = "readLockInterruptibly interrupted";
                }
            }
        };
        intr.start();
        while (intr.getState() != Thread.State.WAITING) Thread.sleep(1);
        intr.interrupt();
        intr.join();
        sl.unlockWrite(held);
        System.out.println(res[0] + ", lock free " + !sl.isWriteLocked());
    }
}
