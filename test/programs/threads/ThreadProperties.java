// Thread names, priorities, groups, toString, daemon inheritance, currentThread, activeCount, enumerate.
public class ThreadProperties {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println(main + " id positive " + (main.getId() > 0));
        final Thread[] seen = new Thread[1];
        final String[] info = new String[2];
        Thread t = new Thread("custom-name") {
            @Override public void run() {
                seen[0] = Thread.currentThread();
                info[0] = getName() + " " + getPriority() + " " + isDaemon() + " " + getThreadGroup().getName();
            }
        };
        System.out.println("before start: " + t + " state " + t.getState());
        t.setPriority(Thread.MAX_PRIORITY);
        t.start();
        t.join();
        System.out.println("currentThread in run is the Thread object: " + (seen[0] == t) + "; " + info[0]);
        System.out.println("after termination: " + t.getName() + " group " + t.getThreadGroup());
        try {
            t.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(11): IllegalArgumentException");
        }
        // Default names are Thread-N, numbered from 0 in creation order of unnamed threads.
        Thread a = new Thread();
        Thread b = new Thread(new Runnable() {
            public void run() { }
        });
        System.out.println("default names " + a.getName().startsWith("Thread-") + " " + b.getName().startsWith("Thread-") + " distinct "
                + !a.getName().equals(b.getName()));
        a.setName("renamed");
        System.out.println("renamed " + a.getName());

        // Priority is capped by the group's maximum.
        ThreadGroup group = new ThreadGroup("workers");
        group.setMaxPriority(4);
        Thread inGroup = new Thread(group, new Runnable() {
            public void run() { }
        }, "in-group");
        inGroup.setPriority(9);
        System.out.println("group " + group.getName() + " parent " + group.getParent().getName() + " max " + group.getMaxPriority()
                + " thread priority " + inGroup.getPriority() + " " + inGroup);

        // Children inherit priority and daemon status from the creating thread.
        final String[] child = new String[1];
        Thread parent = new Thread("parent") {
            @Override public void run() {
                Thread c = new Thread();
                child[0] = "child priority " + c.getPriority() + " daemon " + c.isDaemon() + " group " + c.getThreadGroup().getName();
            }
        };
        parent.setPriority(3);
        parent.setDaemon(true);
        parent.start();
        parent.join();
        System.out.println(child[0]);

        // Enumerating live threads of a group.
        final Object lock = new Object();
        final boolean[] go = new boolean[1];
        ThreadGroup g2 = new ThreadGroup("enumerated");
        Thread[] members = new Thread[3];
        for (int i = 0; i < members.length; i++) {
            members[i] = new Thread(g2, new Runnable() {
                public void run() {
                    synchronized (lock) {
                        while (!go[0]) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                }
            }, "member-" + i);
            members[i].start();
        }
        Thread[] list = new Thread[10];
        int n = g2.enumerate(list);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = list[i].getName();
        java.util.Arrays.sort(names);
        System.out.println("enumerate " + n + " " + java.util.Arrays.toString(names) + " activeCount " + g2.activeCount());
        synchronized (lock) {
            go[0] = true;
            lock.notifyAll();
        }
        for (Thread m : members) m.join();
        System.out.println("after join activeCount " + g2.activeCount());
        // holdsLock.
        System.out.println("holdsLock(lock) " + Thread.holdsLock(lock));
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null): NullPointerException");
        }
        // Thread with a null Runnable does nothing; run() called directly runs on the current thread.
        final String[] where = new String[1];
        Thread direct = new Thread(new Runnable() {
            public void run() { where[0] = Thread.currentThread().getName(); }
        }, "never-started");
        direct.run();
        System.out.println("run() called directly runs on " + where[0] + ", state " + direct.getState());
        new Thread((Runnable) null).run();
        try {
            new Thread((String) null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
        System.out.println("stack size constructor " + new Thread(null, null, "sized", 1 << 20).getName());
    }
}
