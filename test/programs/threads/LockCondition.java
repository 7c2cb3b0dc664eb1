import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

// ReentrantLock and Condition: a bounded buffer, tryLock, lockInterruptibly, timed await, fairness.
public class LockCondition {
    static volatile int stage;
    static final class BoundedBuffer {
        final ReentrantLock lock;
        final Condition notFull, notEmpty;
        final int[] items = new int[5];
        int putIndex, takeIndex, count;

        BoundedBuffer(boolean fair) {
            lock = new ReentrantLock(fair);
            notFull = lock.newCondition();
            notEmpty = lock.newCondition();
        }

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                int x = items[takeIndex];
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        for (final boolean fair : new boolean[] { false, true }) {
            final BoundedBuffer buf = new BoundedBuffer(fair);
            final long[] sum = new long[1];
            Thread consumer = new Thread() {
                @Override public void run() {
                    try {
                        for (int i = 0; i < 3000; i++) sum[0] += buf.take();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            };
            Thread[] producers = new Thread[3];
            for (int p = 0; p < 3; p++) {
                producers[p] = new Thread() {
                    @Override public void run() {
                        try {
                            for (int i = 1; i <= 1000; i++) buf.put(i);
                        } catch (InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                    }
                };
            }
            consumer.start();
            for (Thread t : producers) t.start();
            for (Thread t : producers) t.join();
            consumer.join();
            System.out.println("fair=" + fair + " isFair=" + buf.lock.isFair() + " sum " + sum[0] + " count " + buf.count);
        }

        final ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("hold count " + lock.getHoldCount() + " locked " + lock.isLocked() + " by me " + lock.isHeldByCurrentThread());
        final String[] other = new String[4];
        Thread t = new Thread() {
            @Override public void run() {
                other[0] = "tryLock " + lock.tryLock();
                try {
                    other[1] = "tryLock(10ms) " + lock.tryLock(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    other[1] = "interrupted";
                }
                stage = 1;
                try {
                    lock.lockInterruptibly();
                    other[2] = "got it";
                    lock.unlock();
                } catch (InterruptedException e) {
                    other[2] = "lockInterruptibly interrupted, flag " + isInterrupted();
                }
            }
        };
        t.start();
        while (stage != 1 || !lock.hasQueuedThread(t)) Thread.sleep(1);
        System.out.println("queued " + lock.hasQueuedThreads() + " queue length " + lock.getQueueLength());
        t.interrupt();
        t.join();
        System.out.println(other[0] + "; " + other[1] + "; " + other[2]);
        lock.unlock();
        lock.unlock();
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock when not held: IllegalMonitorStateException");
        }

        // Condition: await with timeout, signalAll, awaitNanos, and interrupt during await.
        final Condition cond = lock.newCondition();
        lock.lock();
        try {
            System.out.println("await(10ms) " + cond.await(10, TimeUnit.MILLISECONDS));
            System.out.println("awaitNanos(5ms) <= 0: " + (cond.awaitNanos(5000000L) <= 0));
            System.out.println("still held " + lock.isHeldByCurrentThread());
        } finally {
            lock.unlock();
        }
        final int[] state = new int[1];
        Thread[] waiters = new Thread[4];
        final int[] released = new int[1];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread() {
                @Override public void run() {
                    lock.lock();
                    try {
                        while (state[0] == 0) cond.await();
                        released[0]++;
                    } catch (InterruptedException e) {
                        System.out.println("unexpected interrupt");
                    } finally {
                        lock.unlock();
                    }
                }
            };
            waiters[i].start();
        }
        for (;;) {
            lock.lock();
            try {
                if (lock.getWaitQueueLength(cond) == waiters.length) break;
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        lock.lock();
        try {
            System.out.println("waiters on condition " + lock.getWaitQueueLength(cond) + " hasWaiters " + lock.hasWaiters(cond));
            state[0] = 1;
            cond.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread w : waiters) w.join();
        System.out.println("released " + released[0]);

        Thread awaiting = new Thread() {
            @Override public void run() {
                lock.lock();
                try {
                    cond.await();
                    System.out.println("await returned?");
                } catch (InterruptedException e) {
                    System.out.println("await interrupted; lock held again: " + lock.isHeldByCurrentThread());
                } finally {
                    lock.unlock();
                }
            }
        };
        awaiting.start();
        for (;;) {
            lock.lock();
            try {
                if (lock.hasWaiters(cond)) break;
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        awaiting.interrupt();
        awaiting.join();
        try {
            cond.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without the lock: IllegalMonitorStateException");
        }
    }
}
