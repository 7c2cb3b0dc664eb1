import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

public class CollectionsUtil {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(Arrays.asList("Mallory", "alice", "Bob", "eve", "Carol", "dave", "Trent"));
        Collections.sort(names);
        System.out.println("natural " + names);
        Collections.sort(names, new Comparator<String>() {
            public int compare(String a, String b) { return a.compareToIgnoreCase(b); }
        });
        System.out.println("ignore case " + names);
        Collections.sort(names, new Comparator<String>() {
            public int compare(String a, String b) { return Integer.compare(b.length(), a.length()); }
        });
        System.out.println("by length desc (stable) " + names);
        Collections.reverse(names);
        System.out.println("reversed " + names);
        Collections.swap(names, 0, names.size() - 1);
        System.out.println("swapped " + names);
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 10; i++) nums.add(i);
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffled(seed 42) " + nums);
        Collections.rotate(nums, 3);
        System.out.println("rotated 3 " + nums);
        System.out.println("max " + Collections.max(nums) + " min " + Collections.min(nums) + " max by reverse "
                + Collections.max(nums, Collections.reverseOrder()) + " frequency of 3 " + Collections.frequency(nums, 3));
        Collections.sort(nums);
        System.out.println("binarySearch 7 " + Collections.binarySearch(nums, 7) + " 11 " + Collections.binarySearch(nums, 11));
        List<String> unmod = Collections.unmodifiableList(names);
        try {
            unmod.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: UnsupportedOperationException " + e.getMessage());
        }
        names.add("Zed");
        System.out.println("unmodifiable view sees change: " + unmod.contains("Zed"));
        List<String> fixed = Arrays.asList("a", "b", "c");
        fixed.set(1, "B");
        System.out.println("asList set " + fixed);
        try {
            fixed.add("d");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException");
        }
        List<Integer> immutable = List.of(3, 1, 2);
        System.out.println("List.of " + immutable + " get(1) " + immutable.get(1) + " contains 2 " + immutable.contains(2));
        try {
            immutable.set(0, 9);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of set: UnsupportedOperationException");
        }
        try {
            List.of("a", null);
        } catch (NullPointerException e) {
            System.out.println("List.of null: NullPointerException");
        }
        Map<String, Integer> mapOf = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("Map.of get two " + mapOf.get("two") + " size " + mapOf.size() + " containsKey four " + mapOf.containsKey("four"));
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("Map.of duplicate: " + e.getMessage());
        }
        System.out.println("nCopies " + Collections.nCopies(3, "ab") + " emptyList " + Collections.emptyList() + " singleton "
                + Collections.singletonList(7) + " emptyMap " + Collections.emptyMap());
        List<Integer> filled = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(filled, 9);
        Collections.addAll(filled, 1, 2);
        System.out.println("fill/addAll " + filled + " disjoint " + Collections.disjoint(filled, List.of(5, 6)) + " indexOfSubList "
                + Collections.indexOfSubList(filled, List.of(9, 1)));
        List<String> sync = Collections.synchronizedList(new ArrayList<String>());
        sync.add("s");
        System.out.println("synchronizedList " + sync + " copyOf " + List.copyOf(names).size());
        Comparator<String> byLen = new Comparator<String>() {
            public int compare(String a, String b) { return a.length() - b.length(); }
        };
        List<String> multi = new ArrayList<>(Arrays.asList("ccc", "a", "bb", "aa", "c", "bbb"));
        multi.sort(new Comparator<String>() {
            public int compare(String a, String b) {
                int c = a.length() - b.length();
                return c != 0 ? c : a.compareTo(b);
            }
        });
        System.out.println("length then natural " + multi);
        multi.sort(byLen.reversed());
        System.out.println("reversed comparator " + multi);
    }
}
