public class RuntimeMisc {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("availableProcessors > 0: " + (rt.availableProcessors() > 0));
        System.out.println("maxMemory >= totalMemory >= freeMemory: " + (rt.maxMemory() >= rt.totalMemory() && rt.totalMemory() >= rt.freeMemory()));
        long t0 = System.currentTimeMillis();
        long n0 = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < 100000; i++) sink += i ^ (sink >>> 3);
        long t1 = System.currentTimeMillis();
        long n1 = System.nanoTime();
        System.out.println("currentTimeMillis after 2020: " + (t0 > 1577836800000L) + " monotonic: " + (t1 >= t0) + " nanoTime monotonic: "
                + (n1 >= n0) + " sink parity " + (sink & 1));
        System.gc();
        System.runFinalization();
        System.out.println("gc ok");
        java.util.List<int[]> garbage = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            garbage.add(new int[10000]);
            if (garbage.size() > 10) garbage.remove(0);
        }
        System.out.println("allocation churn ok " + garbage.size());
        System.out.println("identityHashCode stable " + (System.identityHashCode(garbage) == System.identityHashCode(garbage)));
        System.out.println("getenv returns a map: " + (System.getenv() != null) + " missing var: " + System.getenv("TSJVM_SURELY_UNSET_VARIABLE"));
        System.out.println("Runtime.version " + Runtime.version().feature());
        System.out.println("Thread.currentThread().getStackTrace top is main: "
                + Thread.currentThread().getStackTrace()[Thread.currentThread().getStackTrace().length - 1].getMethodName());
        StackTraceElement[] here = new Throwable().getStackTrace();
        System.out.println("Throwable stack here: " + here[0]);
    }
}
