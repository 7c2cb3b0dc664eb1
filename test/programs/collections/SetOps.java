import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

public class SetOps {
    public static void main(String[] args) {
        Set<Integer> a = new HashSet<>(Arrays.asList(1, 2, 3, 4, 5, 100, -7, 65536));
        Set<Integer> b = new HashSet<>(Arrays.asList(4, 5, 6, 7, 100, 1000));
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        Set<Integer> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<Integer> diff = new HashSet<>(a);
        diff.removeAll(b);
        System.out.println("a " + a + " b " + b);
        System.out.println("union " + union + " intersection " + inter + " difference " + diff);
        System.out.println("add existing " + a.add(3) + " add new " + a.add(42) + " remove " + a.remove(1) + " remove missing " + a.remove(1));
        Set<String> words = new HashSet<>();
        for (String w : "it was the best of times it was the worst of times".split(" ")) words.add(w);
        System.out.println("distinct words " + words.size() + " " + words);
        TreeSet<String> sorted = new TreeSet<>(words);
        System.out.println("sorted " + sorted + " first " + sorted.first() + " last " + sorted.last() + " ceiling(q) " + sorted.ceiling("q")
                + " floor(q) " + sorted.floor("q") + " headSet(t) " + sorted.headSet("t") + " tailSet(t) " + sorted.tailSet("t"));
        System.out.println("descending " + sorted.descendingSet() + " pollFirst " + sorted.pollFirst() + " pollLast " + sorted.pollLast()
                + " -> " + sorted);
        TreeSet<Integer> nums = new TreeSet<>();
        for (int i = 0; i < 50; i++) nums.add((i * 37) % 101);
        System.out.println("treeset " + nums.size() + " subSet(10,30) " + nums.subSet(10, 30) + " higher(99) " + nums.higher(99));
        Set<String> linked = new LinkedHashSet<>(Arrays.asList("z", "a", "m", "a", "b", "z"));
        System.out.println("linked " + linked);
        System.out.println("equals across impls " + new HashSet<>(linked).equals(new TreeSet<>(linked)) + " hashCode "
                + linked.hashCode() + " " + new TreeSet<>(linked).hashCode());
        Set<Character> chars = new TreeSet<>();
        for (char c : "hello world".toCharArray()) chars.add(c);
        System.out.println("chars " + chars);
        Set<Long> longs = new HashSet<>();
        for (long l = 1; l < 1L << 62; l *= 7) longs.add(l);
        System.out.println("longs " + longs.size() + " contains 49 " + longs.contains(49L) + " contains 49 int " + longs.contains(49));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(Arrays.asList("Bob", "alice", "ALICE", "carol", "bob"));
        System.out.println("case-insensitive set " + ci);
    }
}
