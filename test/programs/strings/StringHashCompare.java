import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

public class StringHashCompare {
    public static void main(String[] args) {
        String[] words = { "", "a", "b", "ab", "ba", "Aa", "BB", "hello", "Hello", "polygenelubricants", "\u00e9", "\uD83D\uDE00",
                "The quick brown fox jumps over the lazy dog" };
        for (String w : words) {
            int manual = 0;
            for (int i = 0; i < w.length(); i++) manual = 31 * manual + w.charAt(i);
            System.out.println(w.length() + " chars hash " + w.hashCode() + " manual " + manual);
        }
        Map<String, Integer> counts = new HashMap<>();
        String text = "to be or not to be that is the question whether tis nobler in the mind to suffer";
        for (String w : text.split(" ")) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println("HashMap iteration (String keys, deterministic): " + counts);
        System.out.println("TreeMap: " + new TreeMap<>(counts));
        String[] pairs = { "abc", "abd", "ab", "abcd", "ABC", "", "b", "\u00e9", "e" };
        for (int k = 0; k < pairs.length; k++) {
            String x = pairs[k];
            StringBuilder sb = new StringBuilder("pairs[" + k + "]:");
            for (String y : pairs) sb.append(' ').append(Integer.signum(x.compareTo(y)));
            System.out.println(sb);
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10000; i++) big.append((char) ('a' + i % 26));
        String bs = big.toString();
        System.out.println("long string hash " + bs.hashCode() + " equals copy " + bs.equals(new String(bs.toCharArray())));
    }
}
