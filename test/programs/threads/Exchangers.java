import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Exchanger: swapping buffers between a filler and an emptier, timeouts, interrupts.
public class Exchangers {
    public static void main(String[] args) throws Exception {
        final Exchanger<List<Integer>> exchanger = new Exchanger<List<Integer>>();
        final List<String> emptierLog = new ArrayList<String>();
        Thread filler = new Thread("filler") {
            @Override public void run() {
                List<Integer> buf = new ArrayList<Integer>();
                int next = 0;
                try {
                    for (int round = 0; round < 5; round++) {
                        while (buf.size() < 4) buf.add(next++);
                        buf = exchanger.exchange(buf);
                        if (!buf.isEmpty()) throw new IllegalStateException("got a non-empty buffer");
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        };
        Thread emptier = new Thread("emptier") {
            @Override public void run() {
                List<Integer> buf = new ArrayList<Integer>();
                try {
                    for (int round = 0; round < 5; round++) {
                        buf = exchanger.exchange(buf);
                        emptierLog.add("round " + round + ": " + buf);
                        buf.clear();
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        };
        filler.start();
        emptier.start();
        filler.join();
        emptier.join();
        for (String s : emptierLog) System.out.println(s);

        // Many pairs exchanging through one exchanger: every value ends up with exactly one partner.
        final Exchanger<Integer> shared = new Exchanger<Integer>();
        final int[] got = new int[8];
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread() {
                @Override public void run() {
                    try {
                        got[id] = shared.exchange(id);
                    } catch (InterruptedException e) {
                        got[id] = -1;
                    }
                }
            };
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        boolean paired = true;
        for (int i = 0; i < got.length; i++) if (got[i] == i || got[got[i]] != i) paired = false;
        System.out.println("all paired: " + paired);

        try {
            exchanger.exchange(null, 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("exchange timed out");
        }
        final String[] res = new String[1];
        Thread lonely = new Thread() {
            @Override public void run() {
                try {
                    exchanger.exchange(null);
                } catch (InterruptedException e) {
                    res[0] = "exchange interrupted";
                }
            }
        };
        lonely.start();
        while (lonely.getState() != Thread.State.WAITING) Thread.sleep(1);
        lonely.interrupt();
        lonely.join();
        System.out.println(res[0]);
        // null values are allowed.
        final Exchanger<Object> objects = new Exchanger<Object>();
        final Object[] nullRes = new Object[1];
        Thread nuller = new Thread() {
            @Override public void run() {
                try {
                    nullRes[0] = objects.exchange(null);
                } catch (InterruptedException e) {
                }
            }
        };
        nuller.start();
        Object fromNuller = objects.exchange("text");
        nuller.join();
        System.out.println("exchanged null for " + nullRes[0] + ", got " + fromNuller);
    }
}
