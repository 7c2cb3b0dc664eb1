import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

// ReentrantReadWriteLock: concurrent readers, exclusive writers, downgrading, counts.
public class ReadWriteLocks {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static final TreeMap<Integer, Integer> map = new TreeMap<Integer, Integer>();
    static int activeReaders, maxReaders, activeWriters;
    static boolean violation;

    static synchronized void enter(boolean writer) {
        if (writer) {
            if (activeReaders > 0 || activeWriters > 0) violation = true;
            activeWriters++;
        } else {
            if (activeWriters > 0) violation = true;
            activeReaders++;
            if (activeReaders > maxReaders) maxReaders = activeReaders;
        }
    }

    static synchronized void leave(boolean writer) {
        if (writer) activeWriters--;
        else activeReaders--;
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[10];
        final long[] readSums = new long[ts.length];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            final boolean writer = t < 3;
            ts[t] = new Thread() {
                @Override public void run() {
                    for (int i = 0; i < 200; i++) {
                        if (writer) {
                            rw.writeLock().lock();
                            try {
                                enter(true);
                                map.put(id * 1000 + i, i);
                                Thread.yield();
                                leave(true);
                            } finally {
                                rw.writeLock().unlock();
                            }
                        } else {
                            rw.readLock().lock();
                            try {
                                enter(false);
                                long s = 0;
                                for (int v : map.values()) s += v;
                                readSums[id] += s >= 0 ? 1 : 0;
                                Thread.yield();
                                leave(false);
                            } finally {
                                rw.readLock().unlock();
                            }
                        }
                    }
                }
            };
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        long reads = 0;
        for (long r : readSums) reads += r;
        System.out.println("entries " + map.size() + " reads " + reads + " violation " + violation);

        // Two readers hold the lock at once.
        final CountDownLatch bothIn = new CountDownLatch(2);
        final CountDownLatch leave = new CountDownLatch(1);
        Thread[] readers = new Thread[2];
        for (int i = 0; i < 2; i++) {
            readers[i] = new Thread() {
                @Override public void run() {
                    rw.readLock().lock();
                    try {
                        bothIn.countDown();
                        leave.await();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            };
            readers[i].start();
        }
        bothIn.await();
        System.out.println("read lock count " + rw.getReadLockCount() + " write locked " + rw.isWriteLocked());
        System.out.println("tryLock write while read-held " + rw.writeLock().tryLock(10, TimeUnit.MILLISECONDS));
        leave.countDown();
        for (Thread t : readers) t.join();
        System.out.println("read lock count after " + rw.getReadLockCount());

        // Downgrading: write, then read, then release write.
        rw.writeLock().lock();
        rw.readLock().lock();
        System.out.println("write hold " + rw.getWriteHoldCount() + " read hold " + rw.getReadHoldCount() + " write locked by me "
                + rw.isWriteLockedByCurrentThread());
        rw.writeLock().unlock();
        System.out.println("after downgrade write locked " + rw.isWriteLocked() + " read count " + rw.getReadLockCount());
        final boolean[] otherRead = new boolean[1];
        Thread reader = new Thread() {
            @Override public void run() {
                otherRead[0] = rw.readLock().tryLock();
                if (otherRead[0]) rw.readLock().unlock();
            }
        };
        reader.start();
        reader.join();
        System.out.println("another reader got in " + otherRead[0]);
        rw.readLock().unlock();
        // Upgrading is not possible: tryLock fails while holding the read lock.
        rw.readLock().lock();
        System.out.println("upgrade tryLock " + rw.writeLock().tryLock());
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("read unlock not held: " + e.getClass().getSimpleName());
        }
        // A writer waits for readers; a waiting writer blocks new readers in a fair lock.
        final ReentrantReadWriteLock fair = new ReentrantReadWriteLock(true);
        fair.readLock().lock();
        Thread writer = new Thread() {
            @Override public void run() {
                fair.writeLock().lock();
                fair.writeLock().unlock();
            }
        };
        writer.start();
        while (!fair.hasQueuedThread(writer)) Thread.sleep(1);
        final boolean[] newReader = new boolean[1];
        Thread late = new Thread() {
            @Override public void run() {
                try {
                    newReader[0] = fair.readLock().tryLock(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                }
                if (newReader[0]) fair.readLock().unlock();
            }
        };
        late.start();
        late.join();
        System.out.println("fair: new reader got in while a writer waits: " + newReader[0]);
        fair.readLock().unlock();
        writer.join();
        System.out.println("writer done, write locked " + fair.isWriteLocked());
    }
}
