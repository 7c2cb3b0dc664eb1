import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class PriorityQueues {
    static class Task {
        final String name;
        final int priority;
        final int seq;
        Task(String name, int priority, int seq) { this.name = name; this.priority = priority; this.seq = seq; }
        public String toString() { return name + "(p" + priority + ")"; }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = { 42, 7, 19, 3, 88, 7, 51, 0, -4, 23 };
        for (int v : vals) pq.add(v);
        System.out.println("peek " + pq.peek() + " size " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("min order " + sb);
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Comparator.reverseOrder());
        for (int v : vals) maxq.offer(v);
        sb.setLength(0);
        while (!maxq.isEmpty()) sb.append(maxq.poll()).append(' ');
        System.out.println("max order " + sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>(new Comparator<Task>() {
            public int compare(Task a, Task b) {
                return a.priority != b.priority ? Integer.compare(b.priority, a.priority) : Integer.compare(a.seq, b.seq);
            }
        });
        String[] names = { "write", "test", "deploy", "review", "plan", "fix", "doc" };
        int[] prios = { 2, 3, 1, 3, 5, 4, 1 };
        for (int i = 0; i < names.length; i++) tasks.add(new Task(names[i], prios[i], i));
        List<Task> order = new ArrayList<>();
        while (!tasks.isEmpty()) order.add(tasks.remove());
        System.out.println("tasks " + order);
        PriorityQueue<String> strs = new PriorityQueue<>();
        for (String s : "pear apple fig banana cherry date".split(" ")) strs.add(s);
        strs.remove("fig");
        sb.setLength(0);
        while (strs.size() > 0) sb.append(strs.poll()).append(' ');
        System.out.println("strings " + sb);
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        long seed = 7;
        for (int i = 0; i < 1000; i++) {
            seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
            heap.add((int) (seed % 10000));
        }
        int prev = Integer.MIN_VALUE, count = 0;
        boolean ok = true;
        while (!heap.isEmpty()) {
            int v = heap.poll();
            if (v < prev) ok = false;
            prev = v;
            count++;
        }
        System.out.println("heap sorted " + ok + " count " + count + " last " + prev);
        System.out.println("poll empty " + new PriorityQueue<Integer>().poll());
    }
}
