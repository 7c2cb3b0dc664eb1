import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collection churn: HashMap with Integer and String keys (including resizing and removal through
 * iterators), ArrayList add/sort/remove, TreeMap navigation and polling, ArrayDeque as a queue.
 * Measures: boxing (Integer.valueOf), hashCode/equals dispatch, interface calls into java.util,
 * allocation of small nodes, Comparable-based sorting (ComparableTimSort).
 * args[0] = number of rounds (work is linear in it).
 */
public class Collections {
    static long seed = 42;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long checksum = 0;
        // Long-lived map that keeps growing and shrinking across rounds.
        HashMap<Integer, Integer> persistent = new HashMap<>();
        for (int r = 0; r < rounds; r++) {
            // 1. Integer-keyed counting map.
            HashMap<Integer, Integer> counts = new HashMap<>();
            for (int i = 0; i < 500; i++) {
                Integer key = next(700);
                Integer old = counts.get(key);
                counts.put(key, old == null ? 1 : old + 1);
            }
            long s = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                s += (long) e.getKey() * e.getValue();
            }
            Iterator<Integer> it = counts.keySet().iterator();
            while (it.hasNext()) {
                if ((it.next() & 1) == 0) {
                    it.remove();
                }
            }
            s += counts.size() * 7L + (counts.containsKey(next(700)) ? 1 : 0);

            // 2. ArrayList of boxed ints: add, sort, binary-search-like probing, removal.
            ArrayList<Integer> list = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                list.add(next(100000));
            }
            java.util.Collections.sort(list);
            for (int i = 0; i < list.size(); i += 17) {
                s += (long) i * list.get(i);
            }
            for (int i = list.size() - 1; i >= 0; i -= 3) {
                list.remove(i);
            }
            List<Integer> sub = list.subList(10, 50);
            for (Integer x : sub) {
                s += x;
            }
            s += list.indexOf(list.get(list.size() / 2));

            // 3. String-keyed TreeMap: ordered inserts, navigation, polling.
            TreeMap<String, Integer> tree = new TreeMap<>();
            for (int i = 0; i < 200; i++) {
                String k = "k" + next(400);
                Integer old = tree.get(k);
                tree.put(k, old == null ? i : old + i);
            }
            s += tree.firstKey().hashCode() + 3L * tree.lastKey().hashCode();
            String ceil = tree.ceilingKey("k2");
            s += ceil == null ? 0 : ceil.length();
            s += tree.headMap("k3").size() * 11L + tree.tailMap("k7", true).size();
            for (int i = 0; i < 50 && !tree.isEmpty(); i++) {
                Map.Entry<String, Integer> e = tree.pollFirstEntry();
                s += e.getValue() ^ e.getKey().length();
            }

            // 4. String-keyed HashMap of lists (grouping).
            HashMap<String, ArrayList<Integer>> groups = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                int v = next(1000);
                String g = "g" + (v % 23);
                ArrayList<Integer> bucket = groups.get(g);
                if (bucket == null) {
                    bucket = new ArrayList<>();
                    groups.put(g, bucket);
                }
                bucket.add(v);
            }
            for (ArrayList<Integer> bucket : groups.values()) {
                int m = 0;
                for (int x : bucket) {
                    m = Math.max(m, x);
                }
                s += m + bucket.size();
            }

            // 5. ArrayDeque as a FIFO queue.
            ArrayDeque<Integer> q = new ArrayDeque<>();
            for (int i = 0; i < 100; i++) {
                q.addLast(i);
                if ((i & 3) == 3) {
                    s += q.pollFirst();
                }
            }
            while (!q.isEmpty()) {
                s += q.pollLast();
            }

            // 6. Persistent churn.
            for (int i = 0; i < 100; i++) {
                int k = next(5000);
                if (persistent.remove(k) == null) {
                    persistent.put(k, r);
                }
            }
            s += persistent.size();

            checksum = checksum * 31 + s;
        }
        long tail = 0;
        for (int k = 0; k < 5000; k++) {
            Integer v = persistent.get(k);
            if (v != null) {
                tail = tail * 17 + k + v;
            }
        }
        System.out.println("persistent size " + persistent.size() + " tail " + tail);
        System.out.println("rounds " + rounds + " checksum " + Long.toHexString(checksum));
    }
}
