import java.util.Comparator;
import java.util.NavigableMap;
import java.util.TreeMap;

public class TreeMapOps {
    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int i : new int[] { 50, 20, 80, 10, 30, 70, 90, 25, 35, 65 }) t.put(i, "v" + i);
        System.out.println(t);
        System.out.println("first " + t.firstKey() + " last " + t.lastKey() + " floor(33) " + t.floorKey(33) + " ceiling(33) "
                + t.ceilingKey(33) + " lower(30) " + t.lowerKey(30) + " higher(30) " + t.higherKey(30) + " floor(5) " + t.floorKey(5)
                + " ceiling(95) " + t.ceilingKey(95));
        System.out.println("headMap(30) " + t.headMap(30) + " headMap(30,true) " + t.headMap(30, true));
        System.out.println("tailMap(70) " + t.tailMap(70) + " subMap(25,70) " + t.subMap(25, 70));
        System.out.println("descending " + t.descendingMap());
        System.out.println("firstEntry " + t.firstEntry() + " lastEntry " + t.lastEntry() + " floorEntry(64) " + t.floorEntry(64));
        System.out.println("pollFirst " + t.pollFirstEntry() + " pollLast " + t.pollLastEntry() + " -> " + t);
        NavigableMap<Integer, String> view = t.subMap(20, true, 50, true);
        view.remove(25);
        System.out.println("view " + view + " backing " + t);
        try {
            view.put(99, "out of range");
        } catch (IllegalArgumentException e) {
            System.out.println("view put: " + e.getMessage());
        }
        TreeMap<String, Integer> byLength = new TreeMap<>(new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
            }
        });
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) byLength.merge(w, 1, SUM);
        System.out.println("by length " + byLength);
        TreeMap<String, Integer> reversed = new TreeMap<>(java.util.Collections.reverseOrder());
        reversed.putAll(byLength);
        System.out.println("reversed " + reversed + " firstKey " + reversed.firstKey());
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 2000; i++) big.put((i * 7919) % 2003, i);
        System.out.println("big size " + big.size() + " first " + big.firstEntry() + " last " + big.lastEntry() + " floor(1000) "
                + big.floorEntry(1000));
        for (int i = 0; i < 2000; i += 2) big.remove((i * 7919) % 2003);
        System.out.println("after removals size " + big.size() + " first " + big.firstKey() + " headMap(100).size "
                + big.headMap(100).size());
        try {
            new TreeMap<Object, String>().put(new Object(), "x");
        } catch (ClassCastException e) {
            System.out.println("non-comparable key: ClassCastException");
        }
        try {
            t.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }
    }

    static final java.util.function.BiFunction<Integer, Integer, Integer> SUM = new java.util.function.BiFunction<Integer, Integer, Integer>() {
        public Integer apply(Integer a, Integer b) { return a + b; }
    };
}
