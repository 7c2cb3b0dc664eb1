public class StringCase {
    public static void main(String[] args) {
        String[] words = { "hello", "WORLD", "MiXeD CaSe 123", "", "straße", "\u00e9t\u00e9", "\u0130stanbul",
                "\u01c5", "i\u0307" };
        for (String w : words) {
            String up = w.toUpperCase(java.util.Locale.ROOT);
            String low = w.toLowerCase(java.util.Locale.ROOT);
            System.out.println(escape(w) + " -> upper " + escape(up) + " (" + up.length() + ") lower " + escape(low) + " ("
                    + low.length() + ") eqIgnoreCase " + w.equalsIgnoreCase(up));
        }
        System.out.println("default-locale ascii: " + "Hello World".toUpperCase() + " " + "Hello World".toLowerCase());
        System.out.println("trim: [" + "  padded  ".trim() + "] [" + "\t\n x \r".trim() + "] [" + "   ".trim() + "]");
        String[] sorted = { "banana", "Apple", "cherry", "apple", "Banana", "_under", "123" };
        java.util.Arrays.sort(sorted);
        System.out.println("natural: " + String.join(",", sorted));
        java.util.Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive: " + String.join(",", sorted));
        System.out.println("compareToIgnoreCase: " + "abc".compareToIgnoreCase("ABD") + " " + "Z".compareToIgnoreCase("a"));
        StringBuilder title = new StringBuilder();
        for (String part : "the quick brown fox".split(" ")) {
            title.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1)).append(' ');
        }
        System.out.println("title case: " + title.toString().trim());
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) sb.append(c);
            else sb.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
        }
        return sb.toString();
    }
}
