import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * String.compareTo between Latin-1 strings (StringLatin1.compareTo, an intrinsic of the translating tier):
 * exact results, not only their signs, for bytes above 0x7f (negative as Java bytes), prefixes, empty and
 * equal strings; then enough comparisons (sorting, a TreeMap) that the callers are translated too.
 */
public class StringCompareIntrinsic {
    public static void main(String[] args) {
        String[] s = {
            "", "a", "b", "ab", "abc", "abd", "abcd", "A", "Z", "z",
            "\u00e9", "e\u00e9", "\u00ff", "\u0080", "\u007f", "caf\u00e9", "cafe", "caf\u00ea",
            "\u00e9t\u00e9", "\u00fe\u00ff", "\u0000", "\u0000a", "k12", "k120", "k2",
        };
        for (String x : s) {
            StringBuilder sb = new StringBuilder();
            for (String y : s) sb.append(x.compareTo(y)).append(' ');
            System.out.println(sb.toString().trim());
        }
        List<String> words = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < 3000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            StringBuilder w = new StringBuilder();
            int len = (int) ((seed >>> 60) & 7);
            for (int j = 0; j < len; j++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                w.append((char) (0x61 + ((seed >>> 33) % 3) * 0x40 + ((seed >>> 40) & 3)));
            }
            words.add(w.toString());
        }
        Collections.sort(words);
        long h = 0;
        for (String w : words) h = h * 31 + w.hashCode();
        System.out.println(words.get(0).length() + " " + words.get(words.size() - 1) + " " + h);
        TreeMap<String, Integer> tree = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) tree.merge(words.get(i), i, Integer::sum);
        System.out.println(tree.size() + " " + tree.firstKey().length() + " " + tree.lastKey() + " " + tree.ceilingKey("\u00e1"));
        int total = 0;
        for (int i = 1; i < words.size(); i++) total += Integer.signum(words.get(i - 1).compareTo(words.get(i)));
        System.out.println(total);
    }
}
