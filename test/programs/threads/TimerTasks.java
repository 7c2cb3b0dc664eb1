import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

// java.util.Timer: one-shot tasks in delay order, repeated tasks, cancel, and the timer thread's lifetime.
public class TimerTasks {
    public static void main(String[] args) throws Exception {
        final Timer timer = new Timer("my-timer");
        final List<String> log = new ArrayList<String>();
        final CountDownLatch done = new CountDownLatch(3);
        // Submitted in increasing delay order, so the order doesn't depend on pauses while submitting.
        for (final int d : new int[] { 10, 20, 30 }) {
            timer.schedule(new TimerTask() {
                @Override public void run() {
                    synchronized (log) {
                        log.add("task " + d + " on " + Thread.currentThread().getName());
                    }
                    done.countDown();
                }
            }, d);
        }
        done.await();
        System.out.println(log);

        final CountDownLatch repeated = new CountDownLatch(4);
        final int[] runs = new int[1];
        TimerTask periodic = new TimerTask() {
            @Override public void run() {
                runs[0]++;
                repeated.countDown();
                if (runs[0] == 4) cancel();
            }
        };
        timer.scheduleAtFixedRate(periodic, 0, 5);
        repeated.await();
        Thread.sleep(30);
        System.out.println("periodic ran " + runs[0] + " times, cancel again " + periodic.cancel());

        TimerTask never = new TimerTask() {
            @Override public void run() {
                System.out.println("cancelled task must not run");
            }
        };
        timer.schedule(never, 60000);
        System.out.println("cancel pending " + never.cancel() + ", purge " + timer.purge());
        timer.cancel();
        try {
            timer.schedule(new TimerTask() {
                @Override public void run() { }
            }, 1);
        } catch (IllegalStateException e) {
            System.out.println("schedule after cancel: " + e.getMessage());
        }
        // A daemon timer does not keep the VM alive.
        Timer daemonTimer = new Timer(true);
        daemonTimer.schedule(new TimerTask() {
            @Override public void run() {
                System.out.println("daemon timer task must not run");
            }
        }, 60000);
        System.out.println("main ends");
    }
}
