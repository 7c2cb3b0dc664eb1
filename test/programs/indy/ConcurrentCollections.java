// ConcurrentHashMap and other java.util.concurrent collections, used from one thread.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

public class ConcurrentCollections {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(new TreeMap<>(m));
        System.out.println(m.get("the") + " " + m.getOrDefault("cat", -1) + " " + m.containsKey("fox") + " " + m.size());
        System.out.println(m.putIfAbsent("fox", 9) + " " + m.putIfAbsent("cat", 9) + " " + m.get("cat"));
        System.out.println(m.compute("cat", (k, v) -> v == null ? 1 : v * 2) + " " + m.computeIfAbsent("emu", k -> k.length())
                + " " + m.computeIfPresent("emu", (k, v) -> v + 100) + " " + m.computeIfPresent("yak", (k, v) -> 1));
        System.out.println(m.replace("cat", 18, 0) + " " + m.remove("cat", 0) + " " + m.containsKey("cat") + " " + m.remove("nope"));
        System.out.println(m.reduceValues(Long.MAX_VALUE, Integer::sum) + " " + m.search(Long.MAX_VALUE, (k, v) -> v > 2 ? k : null));
        System.out.println(m.mappingCount() + " " + m.keySet().stream().sorted().collect(Collectors.joining(",")));
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> sb.append(k.charAt(0)).append(v));
        System.out.println(sb);
        long sum = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) sum += e.getValue();
        System.out.println("sum " + sum);
        m.replaceAll((k, v) -> v * 10);
        System.out.println(new TreeMap<>(m));
        ConcurrentHashMap<Integer, Integer> big = new ConcurrentHashMap<>();
        for (int i = 0; i < 2000; i++) big.put(i, i * i);
        for (int i = 0; i < 2000; i += 2) big.remove(i);
        System.out.println(big.size() + " " + big.get(1999) + " " + big.get(1998) + " " + big.values().stream().mapToLong(Integer::longValue).sum());
        Set<String> ks = ConcurrentHashMap.newKeySet();
        ks.add("a"); ks.add("b"); ks.add("a");
        System.out.println(ks.size() + " " + ks.contains("b"));
        ConcurrentSkipListMap<String, Integer> sk = new ConcurrentSkipListMap<>();
        sk.put("m", 1); sk.put("c", 2); sk.put("x", 3);
        System.out.println(sk + " " + sk.firstKey() + " " + sk.ceilingKey("d") + " " + sk.headMap("m") + " " + sk.descendingMap());
        ConcurrentSkipListSet<Integer> ss = new ConcurrentSkipListSet<>(List.of(5, 1, 3));
        System.out.println(ss + " " + ss.pollFirst() + " " + ss);
        CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>(List.of("a", "b"));
        for (String s : cow) cow.add(s + s);
        System.out.println(cow + " " + cow.addIfAbsent("a") + " " + cow.addIfAbsent("z"));
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        q.offer(1); q.offer(2); q.add(3);
        System.out.println(q.poll() + " " + q.peek() + " " + q);
        ConcurrentLinkedDeque<Integer> dq = new ConcurrentLinkedDeque<>();
        dq.addFirst(1); dq.addLast(2); dq.push(0);
        System.out.println(dq + " " + dq.pollLast());
        LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>(2);
        System.out.println(lbq.offer("a") + " " + lbq.offer("b") + " " + lbq.offer("c") + " " + lbq.poll() + " " + lbq.remainingCapacity());
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(3);
        abq.add(7); abq.add(8);
        List<Integer> drained = new ArrayList<>();
        abq.drainTo(drained);
        System.out.println(drained + " " + abq.isEmpty());
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>(List.of(4, 1, 3));
        System.out.println(pbq.poll() + " " + pbq.poll());
        ConcurrentMap<String, List<Integer>> groups = Stream.of(1, 2, 3, 4, 5, 6)
                .collect(Collectors.groupingByConcurrent(i -> i % 2 == 0 ? "even" : "odd"));
        System.out.println(new TreeMap<>(groups).keySet() + " " + groups.get("even").size());
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key rejected");
        }
        try {
            new ConcurrentHashMap<String, String>().put("k", null);
        } catch (NullPointerException e) {
            System.out.println("null value rejected");
        }
        System.out.println(new ConcurrentHashMap<>(Map.of("k", "v")));
    }
}
