// Counted loops and loops that only look counted. Translated code leaves out the budget check (the
// preemption point) of an innermost, call-free loop whose int induction variable is stepped on every
// iteration towards a limit it can't wrap past; every other loop keeps it. Each spinner below is a loop of
// the second kind that ends only once another thread has run: were its check left out, the spinning
// thread would never give the main thread its turn, and the run would hang. The sums exercise the loop
// shapes that are counted, in both translated and interpreted form.
public class CountedLoops {
    static volatile boolean go;
    static int sink;

    interface Spinner {
        int spin();
    }

    /** The step is taken only once go is set: a branch skips the iinc. */
    static int conditionalStep() {
        int i = 0;
        while (i < 3) {
            if (go) {
                i++;
            }
        }
        return i;
    }

    /**
     * The limit is written in the loop. Without a budget check it would end only once the limit wraps
     * around, after 2^31 iterations: the result tells that end from the one go makes.
     */
    static int limitWritten() {
        int limit = 1;
        int i;
        for (i = 0; i < limit; i++) {
            if (!go) {
                limit = i + 2;
            }
        }
        return i > 0 && i < 1_000_000_000 ? 1 : 0;
    }

    /** The step goes away from the bound (it would end only by wrapping around, after 2^31 steps). */
    static int wrongDirection() {
        int i;
        for (i = 0; i < 10; i--) {
            if (go) {
                break;
            }
        }
        return i <= 0 ? 1 : 0;
    }

    /** `i <= max` with max = Integer.MAX_VALUE never ends by itself. */
    static int inclusiveAtMax() {
        int max = Integer.MAX_VALUE;
        int i;
        for (i = max - 3; i <= max; i++) {
            if (go) {
                break;
            }
        }
        return i >= max - 3 || i < 0 ? 1 : 0;
    }

    /** A step of 2 to a limit of Integer.MAX_VALUE wraps from MAX_VALUE + 1 to MIN_VALUE: no end by itself. */
    static int stepPastLimit() {
        int limit = Integer.MAX_VALUE;
        int steps = 0;
        for (int i = 0; i < limit; i += 2) {
            if (go) {
                break;
            }
            steps++;
        }
        return steps >= 0 ? 1 : 0;
    }

    /** A second back-edge (continue in a while loop jumps back to its test). */
    static int continueToHeader() {
        int i = 0;
        while (i < 2) {
            if (!go) {
                continue;
            }
            i++;
        }
        return i;
    }

    /** Two steps of the same variable, one of them back. */
    static int twoSteps() {
        int i;
        for (i = 0; i < 5; i++) {
            if (!go) {
                i--;
            }
        }
        return i;
    }

    /** The test at the back-edge (do-while), with the step taken conditionally. */
    static int bottomTestConditionalStep() {
        int i = 0;
        do {
            if (go) {
                i++;
            }
        } while (i < 4);
        return i;
    }

    /** A counted loop inside a spin loop: the inner loop may go without the check, the outer keeps it. */
    static int countedInsideSpin() {
        int rounds = 0;
        while (!go) {
            for (int j = 0; j < 100; j++) {
                sink += j;
            }
            rounds = 1;
        }
        return rounds >= 0 ? 1 : 0;
    }

    /**
     * Counted loops nested: only the inner one may go without the check. Were both without it, the nest's
     * 3 * 10^9 iterations would all run before go could be set, and the result would tell.
     */
    static int nestedCounted() {
        int i;
        for (i = 0; i < 100000; i++) {
            for (int j = 0; j < 30000; j++) {
                sink += j;
            }
            if (go) {
                break;
            }
        }
        return i < 100000 ? 1 : 0;
    }

    /** A loop over an array's length whose array variable is replaced in the loop. */
    static int arrayReplaced() {
        int[] a = new int[1];
        int i;
        for (i = 0; i < a.length; i++) {
            if (!go) {
                a = new int[i + 2];
            }
        }
        return i > 0 ? 1 : 0;
    }

    static void run(String name, Spinner s) throws InterruptedException {
        go = false;
        int[] result = new int[1];
        Thread t = new Thread(() -> result[0] = s.spin());
        t.start();
        Thread.sleep(30);
        go = true;
        t.join();
        System.out.println(name + " " + result[0]);
    }

    // Counted shapes: each computes the same as HotSpot whether or not it is translated.
    static long sums(int n, int[] data) {
        long total = 0;
        for (int i = 0; i < n; i++) total += i;
        for (int i = n; i > 0; i--) total += 3 * i;
        for (int i = 0; i <= 1000; i++) total ^= i;
        for (int i = 100; i >= -100; i--) total += i & 7;
        for (int i = 0; i < 30000; i += 7) total += i;
        for (int i = 0; i < data.length; i++) total += data[i];
        int k = n;
        while (k > 0) {
            total += k % 5;
            k--;
        }
        int j = 0;
        do {
            total += j;
            j += 2;
        } while (j < n);
        for (int i = 0; i < n; i++) {
            if (data[i % data.length] < 0) break;
            total += Math.max(i, 5);
        }
        return total;
    }

    // Small methods with a counted loop: translated, they run without a frame of their own (leaves) inside
    // their callers, which the exception thrown from the loop must still show.
    static int countOf(int[] a, int v) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == v) n++;
        return n;
    }

    static int sumFirst(int[] a, int k) {
        int s = 0;
        for (int i = 0; i < k; i++) s += a[i];
        return s;
    }

    static long leafCalls(int[] data, int k) {
        long total = 0;
        for (int v = 0; v < 17; v++) total += countOf(data, v) * (long) v + sumFirst(data, k);
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        int[] data = new int[257];
        for (int i = 0; i < data.length; i++) data[i] = i * 31 % 17;
        long total = 0;
        for (int r = 0; r < 300; r++) total += sums(1000 + r, data);
        System.out.println("sums " + total);
        long calls = 0;
        for (int r = 0; r < 400; r++) calls += leafCalls(data, r % data.length);
        System.out.println("leaf calls " + calls);
        try {
            leafCalls(data, data.length + 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < 3; i++) System.out.println("  at " + trace[i]);
        }
        run("conditionalStep", CountedLoops::conditionalStep);
        run("limitWritten", CountedLoops::limitWritten);
        run("wrongDirection", CountedLoops::wrongDirection);
        run("inclusiveAtMax", CountedLoops::inclusiveAtMax);
        run("stepPastLimit", CountedLoops::stepPastLimit);
        run("continueToHeader", CountedLoops::continueToHeader);
        run("twoSteps", CountedLoops::twoSteps);
        run("bottomTestConditionalStep", CountedLoops::bottomTestConditionalStep);
        run("countedInsideSpin", CountedLoops::countedInsideSpin);
        run("arrayReplaced", CountedLoops::arrayReplaced);
        run("nestedCounted", CountedLoops::nestedCounted);
    }
}
