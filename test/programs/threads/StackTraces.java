import java.util.Map;

// Thread.getStackTrace of another (blocked) thread and of the current thread, and getAllStackTraces.
// Only frames of this program's classes are printed (JDK line numbers differ between builds).
public class StackTraces {
    static final Object lock = new Object();
    static volatile boolean inside;

    static void level3() throws InterruptedException {
        synchronized (lock) {
            inside = true;
            lock.wait();
        }
    }
    static void level2() throws InterruptedException { level3(); }
    static void level1() throws InterruptedException { level2(); }

    static void print(String title, StackTraceElement[] trace) {
        System.out.println(title);
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("StackTraces")) System.out.println("  " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread("deep") {
            @Override public void run() {
                try {
                    level1();
                } catch (InterruptedException e) {
                }
            }
        };
        t.start();
        while (!inside || t.getState() != Thread.State.WAITING) Thread.sleep(1);
        print("deep thread:", t.getStackTrace());
        StackTraceElement[] trace = t.getStackTrace();
        boolean hasWait = false;
        for (StackTraceElement e : trace) if (e.getClassName().equals("java.lang.Object") && e.getMethodName().equals("wait")) hasWait = true;
        System.out.println("top frames include Object.wait: " + hasWait);
        print("main thread:", Thread.currentThread().getStackTrace());
        System.out.println("first frame of own trace is getStackTrace: " + Thread.currentThread().getStackTrace()[0].getMethodName());

        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        System.out.println("all contains main " + all.containsKey(Thread.currentThread()) + " deep " + all.containsKey(t));
        print("deep thread from getAllStackTraces:", all.get(t));
        Thread unstarted = new Thread();
        System.out.println("unstarted trace length " + unstarted.getStackTrace().length);
        t.interrupt();
        t.join();
        System.out.println("terminated trace length " + t.getStackTrace().length + ", in all " + Thread.getAllStackTraces().containsKey(t));
    }
}
