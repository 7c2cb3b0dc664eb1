import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;

// The VM exits when the last non-daemon thread ends, even while daemon threads are blocked inside a
// class initializer or a reflective call; shutdown hooks run, and see those daemons still alive.
public class DaemonStuckAtExit {
    static final CountDownLatch never = new CountDownLatch(1);
    static final CountDownLatch mainDone = new CountDownLatch(1);
    static volatile boolean inInit;
    static volatile boolean inInvoke;

    static final class Blocking {
        static int v;
        static {
            inInit = true;
            try {
                never.await();
            } catch (InterruptedException e) {
            }
            v = 1;
        }
    }

    public static void blockForever() throws InterruptedException {
        inInvoke = true;
        never.await();
    }

    public static void main(String[] args) throws Exception {
        final Thread initDaemon = new Thread("init-daemon") {
            @Override public void run() {
                System.out.println("never printed " + Blocking.v);
            }
        };
        final Thread invokeDaemon = new Thread("invoke-daemon") {
            @Override public void run() {
                try {
                    Method m = DaemonStuckAtExit.class.getMethod("blockForever");
                    m.invoke(null);
                } catch (Exception e) {
                    System.out.println("never printed " + e);
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override public void run() {
                System.out.println("hook: daemons alive " + initDaemon.isAlive() + " " + invokeDaemon.isAlive());
            }
        });
        initDaemon.setDaemon(true);
        invokeDaemon.setDaemon(true);
        initDaemon.start();
        while (!inInit) Thread.sleep(1);
        invokeDaemon.start();
        while (!inInvoke) Thread.sleep(1);
        // A non-daemon thread that ends after main.
        Thread last = new Thread("last") {
            @Override public void run() {
                try {
                    mainDone.await();
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                }
                System.out.println("last non-daemon thread ends");
            }
        };
        last.start();
        System.out.println("main ends");
        mainDone.countDown();
    }
}
