// String.hashCode and String.equals of Latin-1 strings (StringLatin1.hashCode/equals, which the engine
// runs as intrinsics outside -Xint): every byte value including those >= 0x80 (negative as Java bytes),
// the empty string, long strings whose hash overflows int many times, equal contents in distinct String
// objects, and strings that differ only in their last byte or only in length.
import java.util.*;

public class Latin1Hashing {
    public static void main(String[] args) {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 256; c++) all.append((char) c);
        String every = all.toString();
        System.out.println(every.length() + " " + every.hashCode());
        for (int c = 0; c < 256; c += 17) System.out.println(c + " " + String.valueOf((char) c).hashCode());
        System.out.println("".hashCode() + " " + "".equals(new String("")));
        String longOne = every.repeat(40);
        System.out.println(longOne.hashCode() + " " + new String(longOne.toCharArray()).hashCode());
        String a = "caf\u00e9-\u00ff\u00fe";
        String b = new String(a.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.ISO_8859_1);
        System.out.println((a == b) + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode());
        System.out.println(a.equals(a.substring(0, a.length() - 1) + "\u00fd") + " " + a.equals(a + "x") + " " + (a + "x").equals(a));
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 5000; i++) counts.merge("k" + (char) (128 + i % 128) + (i % 97), 1, Integer::sum);
        long sum = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) sum = sum * 31 + e.getKey().hashCode() * (long) e.getValue();
        System.out.println(counts.size() + " " + sum);
    }
}
