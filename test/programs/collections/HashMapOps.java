import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] keys = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
        for (int i = 0; i < keys.length; i++) m.put(keys[i], i + 1);
        System.out.println(m + " size " + m.size());
        System.out.println("get three " + m.get("three") + " get zero " + m.get("zero") + " getOrDefault " + m.getOrDefault("zero", -1)
                + " containsKey six " + m.containsKey("six") + " containsValue 10 " + m.containsValue(10));
        System.out.println("put existing returns " + m.put("one", 100) + " putIfAbsent " + m.putIfAbsent("one", 5) + " "
                + m.putIfAbsent("eleven", 11) + " remove two " + m.remove("two") + " remove missing " + m.remove("two"));
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getValue() % 2 == 0) e.setValue(e.getValue() * 10);
        }
        System.out.println("after setValue " + m);
        m.keySet().remove("ten");
        m.values().remove(11);
        System.out.println("keySet/values removal " + m);
        Map<Integer, String> ints = new HashMap<>();
        for (int i = -5; i < 40; i += 3) ints.put(i * 37, "v" + i);
        System.out.println("integer keys " + ints);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) big.merge(i % 997, 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) { return a + b; }
        });
        int total = 0;
        for (int v : big.values()) total += v;
        System.out.println("merge counts size " + big.size() + " total " + total + " get(5) " + big.get(5) + " get(996) " + big.get(996));
        Map<String, Integer> nulls = new HashMap<>();
        nulls.put(null, 1);
        nulls.put("k", null);
        System.out.println("nulls " + nulls + " get(null) " + nulls.get(null) + " containsKey k " + nulls.containsKey("k") + " get k "
                + nulls.get("k"));
        Map<String, String> linked = new LinkedHashMap<>();
        for (String k : new String[] { "zebra", "apple", "mango", "apple" }) linked.put(k, k.toUpperCase());
        System.out.println("LinkedHashMap insertion order " + linked);
        LinkedHashMap<String, Integer> lru = new LinkedHashMap<String, Integer>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) { return size() > 3; }
        };
        for (String k : new String[] { "a", "b", "c", "a", "d", "b", "e" }) lru.put(k, lru.getOrDefault(k, 0) + 1);
        System.out.println("LRU " + lru);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.containsKey(c) ? freq.get(c) + 1 : 1);
        System.out.println("char freq " + freq);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println("equals copy " + copy.equals(m) + " hashCode equal " + (copy.hashCode() == m.hashCode()) + " hashCode "
                + m.hashCode());
        copy.clear();
        System.out.println("cleared " + copy + " " + copy.isEmpty());
        Map<Long, Double> mixed = new HashMap<>();
        mixed.put(1L << 40, 1.5);
        mixed.put(-1L, -0.0);
        mixed.put(0L, Double.NaN);
        System.out.println("Long/Double " + mixed + " get NaN " + mixed.get(0L));
        Map<Boolean, String> bools = new HashMap<>();
        bools.put(true, "yes");
        bools.put(false, "no");
        System.out.println("boolean keys " + bools);
    }
}
