import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

// ThreadLocal and InheritableThreadLocal: per-thread values, initial values, inheritance, remove.
public class ThreadLocals {
    static final AtomicInteger nextId = new AtomicInteger(100);
    static final ThreadLocal<Integer> id = new ThreadLocal<Integer>() {
        @Override protected Integer initialValue() { return nextId.getAndIncrement(); }
    };
    static final ThreadLocal<StringBuilder> buffer = ThreadLocal.withInitial(StringBuilder::new);
    static final InheritableThreadLocal<String> context = new InheritableThreadLocal<String>();
    static final InheritableThreadLocal<List<String>> path = new InheritableThreadLocal<List<String>>() {
        @Override protected List<String> childValue(List<String> parent) {
            List<String> copy = new ArrayList<String>(parent);
            copy.add("child");
            return copy;
        }
    };

    public static void main(String[] args) throws Exception {
        System.out.println("main id " + id.get() + " again " + id.get());
        context.set("main-context");
        path.set(new ArrayList<String>());
        path.get().add("main");
        final String[] results = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int n = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    for (int k = 0; k < 3; k++) buffer.get().append(n);
                    Thread.yield();
                    buffer.get().append('!');
                    results[n] = "thread " + n + " buffer " + buffer.get() + " context " + context.get() + " path " + path.get()
                            + " id>=100 " + (id.get() >= 100);
                }
            };
        }
        // Threads are created before the change below, so they inherit the value at creation.
        context.set("changed-after-creation");
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String r : results) System.out.println(r);
        System.out.println("main buffer empty " + (buffer.get().length() == 0) + " main context " + context.get() + " main path " + path.get());
        System.out.println("distinct ids " + (nextId.get() - 100));

        // A grandchild inherits through the child.
        final String[] grand = new String[1];
        Thread child = new Thread() {
            @Override public void run() {
                context.set(context.get() + "/child");
                Thread grandchild = new Thread() {
                    @Override public void run() {
                        grand[0] = context.get() + " " + path.get();
                    }
                };
                grandchild.start();
                try {
                    grandchild.join();
                } catch (InterruptedException e) {
                }
            }
        };
        child.start();
        child.join();
        System.out.println("grandchild sees " + grand[0]);

        // A thread that does not inherit.
        final String[] noInherit = new String[1];
        Thread isolated = new Thread(null, new Runnable() {
            public void run() { noInherit[0] = context.get() + " " + path.get(); }
        }, "isolated", 0, false);
        isolated.start();
        isolated.join();
        System.out.println("inheritThreadLocals=false sees " + noInherit[0]);

        id.remove();
        int fresh = id.get();
        System.out.println("after remove a fresh id: " + (fresh >= 100));
        ThreadLocal<String> plain = new ThreadLocal<String>();
        System.out.println("plain initial " + plain.get());
        plain.set("x");
        plain.set(null);
        System.out.println("set null " + plain.get());
        // Many thread locals in one thread.
        List<ThreadLocal<Integer>> many = new ArrayList<ThreadLocal<Integer>>();
        for (int i = 0; i < 100; i++) {
            ThreadLocal<Integer> tl = new ThreadLocal<Integer>();
            tl.set(i);
            many.add(tl);
        }
        int sum = 0;
        for (ThreadLocal<Integer> tl : many) sum += tl.get();
        System.out.println("100 thread locals sum " + sum);
    }
}
