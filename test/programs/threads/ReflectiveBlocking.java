import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;

// Blocking inside methods called through reflection (Method.invoke, Constructor.newInstance): waits,
// sleeps, joins and handshakes with other threads, some of which also block under reflection.
public class ReflectiveBlocking {
    public static final CountDownLatch ready = new CountDownLatch(1);
    public static final CountDownLatch done = new CountDownLatch(1);
    static final Object lock = new Object();
    static boolean flag;

    public static String awaitReady() throws InterruptedException {
        ready.await();
        return "awaited ready";
    }

    public static String signalAndSleep() throws InterruptedException {
        ready.countDown();
        Thread.sleep(5);
        return "signalled";
    }

    public static int waitForFlag() throws InterruptedException {
        synchronized (lock) {
            while (!flag) lock.wait();
        }
        return 42;
    }

    public static void throwing() throws InterruptedException {
        Thread.sleep(1);
        throw new IllegalStateException("thrown after sleeping");
    }

    public static final class Slow {
        public final String value;
        public Slow() throws InterruptedException {
            Thread t = new Thread() {
                @Override public void run() { }
            };
            t.start();
            t.join();
            value = "constructed after a join";
        }
    }

    public static void main(String[] args) throws Exception {
        final Method awaitReady = ReflectiveBlocking.class.getMethod("awaitReady");
        final Method signal = ReflectiveBlocking.class.getMethod("signalAndSleep");
        final String[] res = new String[2];
        Thread waiter = new Thread("waiter") {
            @Override public void run() {
                try {
                    res[0] = (String) awaitReady.invoke(null);
                } catch (Exception e) {
                    res[0] = "failed " + e;
                }
            }
        };
        waiter.start();
        Thread signaller = new Thread("signaller") {
            @Override public void run() {
                try {
                    res[1] = (String) signal.invoke(null);
                } catch (Exception e) {
                    res[1] = "failed " + e;
                }
            }
        };
        signaller.start();
        waiter.join();
        signaller.join();
        System.out.println(res[0] + "; " + res[1]);

        // main blocks under reflection while another thread sets the flag.
        Thread setter = new Thread() {
            @Override public void run() {
                synchronized (lock) {
                    flag = true;
                    lock.notifyAll();
                }
            }
        };
        setter.start();
        System.out.println("waitForFlag " + ReflectiveBlocking.class.getMethod("waitForFlag").invoke(null));
        setter.join();
        try {
            ReflectiveBlocking.class.getMethod("throwing").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException caused by " + e.getCause());
        }
        System.out.println(Slow.class.getConstructor().newInstance().value);
    }
}
