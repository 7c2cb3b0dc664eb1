// Daemon threads do not keep the VM alive: main returns while daemons spin, sleep, wait and park forever.
public class DaemonThreads {
    static volatile int spins;
    static final java.util.concurrent.CountDownLatch mainPrinted = new java.util.concurrent.CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread("spinner") {
            @Override public void run() {
                for (;;) spins++;
            }
        };
        spinner.setDaemon(true);
        Thread sleeper = new Thread("sleeper") {
            @Override public void run() {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    System.out.println("sleeper interrupted?");
                }
            }
        };
        sleeper.setDaemon(true);
        final Object lock = new Object();
        Thread waiter = new Thread("waiter") {
            @Override public void run() {
                synchronized (lock) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        System.out.println("waiter interrupted?");
                    }
                }
            }
        };
        waiter.setDaemon(true);
        Thread parker = new Thread("parker") {
            @Override public void run() {
                for (;;) java.util.concurrent.locks.LockSupport.park();
            }
        };
        parker.setDaemon(true);
        // A daemon thread's children are daemons too.
        final boolean[] childDaemon = new boolean[1];
        Thread parent = new Thread("parent") {
            @Override public void run() {
                Thread child = new Thread() {
                    @Override public void run() {
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                        }
                    }
                };
                childDaemon[0] = child.isDaemon();
                child.start();
            }
        };
        parent.setDaemon(true);
        Thread[] all = { spinner, sleeper, waiter, parker, parent };
        for (Thread t : all) t.start();
        parent.join();
        System.out.println("child of daemon is daemon: " + childDaemon[0]);
        while (spins < 1000) Thread.yield();
        System.out.println("spinner is spinning");
        for (Thread t : all) {
            if (t != parent) System.out.println(t.getName() + " daemon=" + t.isDaemon() + " alive=" + t.isAlive());
        }
        try {
            spinner.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on a started thread: " + e.getClass().getName());
        }
        // A non-daemon thread that finishes after main: the VM waits for it.
        Thread last = new Thread("last") {
            @Override public void run() {
                try {
                    mainPrinted.await();
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                }
                System.out.println("last non-daemon thread finishing");
            }
        };
        last.start();
        System.out.println("main returns");
        mainPrinted.countDown();
    }
}
