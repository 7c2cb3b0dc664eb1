import java.util.concurrent.locks.LockSupport;

// Thread.getState in every state: NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED.
public class ThreadStates {
    static final Object monitor = new Object();
    static volatile boolean stop;

    static void awaitState(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) Thread.sleep(1);
        System.out.println(t.getName() + ": " + t.getState() + " alive=" + t.isAlive());
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main: " + Thread.currentThread().getState());
        Thread runner = new Thread("runner") {
            @Override public void run() {
                while (!stop) { }
            }
        };
        System.out.println("runner: " + runner.getState() + " alive=" + runner.isAlive());
        runner.start();
        awaitState(runner, Thread.State.RUNNABLE);
        stop = true;
        runner.join();
        awaitState(runner, Thread.State.TERMINATED);

        Thread blocked = new Thread("blocked") {
            @Override public void run() {
                synchronized (monitor) {
                }
            }
        };
        synchronized (monitor) {
            blocked.start();
            awaitState(blocked, Thread.State.BLOCKED);
        }
        blocked.join();

        Thread waiting = new Thread("waiting") {
            @Override public void run() {
                synchronized (monitor) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                    }
                }
            }
        };
        waiting.start();
        awaitState(waiting, Thread.State.WAITING);
        // Notified but unable to re-acquire the monitor: BLOCKED.
        synchronized (monitor) {
            monitor.notify();
            awaitState(waiting, Thread.State.BLOCKED);
        }
        waiting.join();

        Thread timedWait = new Thread("timed-wait") {
            @Override public void run() {
                synchronized (monitor) {
                    try {
                        monitor.wait(60000);
                    } catch (InterruptedException e) {
                    }
                }
            }
        };
        timedWait.start();
        awaitState(timedWait, Thread.State.TIMED_WAITING);
        timedWait.interrupt();
        timedWait.join();

        Thread sleeping = new Thread("sleeping") {
            @Override public void run() {
                try {
                    Thread.sleep(60000);
                } catch (InterruptedException e) {
                }
            }
        };
        sleeping.start();
        awaitState(sleeping, Thread.State.TIMED_WAITING);
        sleeping.interrupt();
        sleeping.join();

        Thread parked = new Thread("parked") {
            @Override public void run() {
                LockSupport.park();
            }
        };
        parked.start();
        awaitState(parked, Thread.State.WAITING);
        LockSupport.unpark(parked);
        parked.join();

        Thread parkedTimed = new Thread("parked-timed") {
            @Override public void run() {
                LockSupport.parkNanos(60000000000L);
            }
        };
        parkedTimed.start();
        awaitState(parkedTimed, Thread.State.TIMED_WAITING);
        LockSupport.unpark(parkedTimed);
        parkedTimed.join();

        final Thread target = new Thread("join-target") {
            @Override public void run() {
                LockSupport.park();
            }
        };
        target.start();
        Thread joiner = new Thread("joiner") {
            @Override public void run() {
                try {
                    target.join();
                } catch (InterruptedException e) {
                }
            }
        };
        joiner.start();
        awaitState(joiner, Thread.State.WAITING);
        Thread timedJoiner = new Thread("timed-joiner") {
            @Override public void run() {
                try {
                    target.join(60000);
                } catch (InterruptedException e) {
                }
            }
        };
        timedJoiner.start();
        awaitState(timedJoiner, Thread.State.TIMED_WAITING);
        LockSupport.unpark(target);
        joiner.join();
        timedJoiner.join();
        awaitState(joiner, Thread.State.TERMINATED);
        awaitState(timedJoiner, Thread.State.TERMINATED);

        // java.util.concurrent locks park: WAITING.
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        lock.lock();
        Thread lockWaiter = new Thread("lock-waiter") {
            @Override public void run() {
                lock.lock();
                lock.unlock();
            }
        };
        lockWaiter.start();
        awaitState(lockWaiter, Thread.State.WAITING);
        lock.unlock();
        lockWaiter.join();
        System.out.println("State values: " + java.util.Arrays.toString(Thread.State.values()));
    }
}
