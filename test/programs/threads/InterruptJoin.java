import java.util.concurrent.locks.LockSupport;

// Interrupting a thread blocked in join, and a self-interrupt before join; join waits on the Thread object.
public class InterruptJoin {
    public static void main(String[] args) throws Exception {
        final Thread forever = new Thread("forever") {
            @Override public void run() {
                while (!isInterrupted()) LockSupport.park();
            }
        };
        forever.start();
        final String[] res = new String[1];
        Thread joiner = new Thread("joiner") {
            @Override public void run() {
                try {
                    forever.join();
                    res[0] = "join returned?";
                } catch (InterruptedException e) {
                    res[0] = "join interrupted, flag " + isInterrupted() + ", target alive " + forever.isAlive();
                }
            }
        };
        joiner.start();
        while (joiner.getState() != Thread.State.WAITING) Thread.sleep(1);
        joiner.interrupt();
        joiner.join();
        System.out.println(res[0]);

        Thread.currentThread().interrupt();
        try {
            forever.join();
        } catch (InterruptedException e) {
            System.out.println("self-interrupted join: InterruptedException");
        }
        Thread.currentThread().interrupt();
        try {
            forever.join(10);
        } catch (InterruptedException e) {
            System.out.println("self-interrupted timed join: InterruptedException");
        }
        // Joining a finished thread with the flag set: join(0) on a dead thread never waits, so no exception.
        Thread quick = new Thread();
        quick.start();
        quick.join();
        Thread.currentThread().interrupt();
        quick.join();
        System.out.println("join on dead thread with flag set returned; flag " + Thread.interrupted());

        // join is wait on the Thread object: notifyAll on it is a spurious wakeup that join ignores.
        final Thread sleeper = new Thread("sleeper") {
            @Override public void run() {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                }
            }
        };
        sleeper.start();
        Thread notifier = new Thread() {
            @Override public void run() {
                for (int i = 0; i < 5; i++) {
                    synchronized (sleeper) {
                        sleeper.notifyAll();
                    }
                    Thread.yield();
                }
            }
        };
        notifier.start();
        sleeper.join();
        notifier.join();
        System.out.println("join returned only after termination: " + !sleeper.isAlive());
        // Waiting on a Thread object is woken by its termination.
        final Thread shortLived = new Thread() {
            @Override public void run() {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                }
            }
        };
        synchronized (shortLived) {
            shortLived.start();
            while (shortLived.isAlive()) shortLived.wait();
        }
        System.out.println("wait on Thread object woken by exit: " + shortLived.getState());
        forever.interrupt();
        forever.join();
        System.out.println("forever " + forever.getState());
    }
}
