public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World! Hello, Java!";
        System.out.println("length " + s.length() + " isEmpty " + s.isEmpty() + " isBlank " + "  \t".isBlank());
        for (int i = 0; i < s.length(); i += 5) System.out.print(s.charAt(i));
        System.out.println();
        System.out.println("indexOf: " + s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf("Hello") + " "
                + s.indexOf("Hello", 1) + " " + s.indexOf("xyz") + " " + s.indexOf("") + " " + s.indexOf('!', 100));
        System.out.println("lastIndexOf: " + s.lastIndexOf('o') + " " + s.lastIndexOf("Hello") + " " + s.lastIndexOf('l', 5)
                + " " + s.lastIndexOf(""));
        System.out.println("substring: [" + s.substring(7) + "] [" + s.substring(7, 12) + "] [" + s.substring(0, 0) + "] ["
                + s.substring(s.length()) + "] subSequence [" + s.subSequence(0, 5) + "]");
        System.out.println("contains: " + s.contains("World") + " " + s.contains("world") + " startsWith: " + s.startsWith("Hello")
                + " " + s.startsWith("World", 7) + " endsWith: " + s.endsWith("Java!") + " " + s.endsWith(""));
        System.out.println("concat: " + "abc".concat("def") + " " + "".concat("x") + " replace char: " + s.replace('l', 'L'));
        System.out.println("equals: " + "abc".equals("abc") + " " + "abc".equals("ABC") + " " + "abc".equalsIgnoreCase("ABC") + " "
                + "abc".equals(null) + " contentEquals: " + "abc".contentEquals(new StringBuilder("abc")));
        char[] chars = s.toCharArray();
        int upper = 0;
        for (char c : chars) if (Character.isUpperCase(c)) upper++;
        System.out.println("uppercase letters: " + upper);
        String text = """
                Text block line 1
                  indented line 2
                line 3 with "quotes"\
                 joined
                """;
        System.out.print(text);
        System.out.println("text block length " + text.length() + " newlines " + (text.length() - text.replace("\n", "").length()));
        System.out.println("strip: [" + "  \u2003 x y \t".strip() + "] trim: [" + "  \u2003 x y \t".trim().length() + "] stripLeading: ["
                + "  ab  ".stripLeading() + "] stripTrailing: [" + "  ab  ".stripTrailing() + "]");
        System.out.println("repeat: " + "ab".repeat(3) + " [" + "x".repeat(0) + "]");
        System.out.println("String.valueOf(char) " + String.valueOf('c') + " chars equal: " + ("a" + "b" == "ab"));
        String empty = "";
        System.out.println("empty: " + empty.length() + " " + empty.isEmpty() + " " + "".equals(new String()) + " hash "
                + empty.hashCode());
        System.out.println("regionMatches: " + s.regionMatches(7, "World", 0, 5) + " " + s.regionMatches(true, 0, "HELLO", 0, 5)
                + " " + s.regionMatches(0, "HELLO", 0, 5));
        System.out.println("compareTo: " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " "
                + "ab".compareTo("abc") + " " + "A".compareTo("a") + " " + "same".compareTo("same") + " "
                + "Apple".compareToIgnoreCase("apple"));
    }
}
