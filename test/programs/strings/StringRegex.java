import java.util.Arrays;

public class StringSplitReplace {
    public static void main(String[] args) {
        String csv = "a,b,,c,,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + csv.split(",").length);
        System.out.println(Arrays.toString(csv.split(",", -1)) + " " + csv.split(",", -1).length);
        System.out.println(Arrays.toString(csv.split(",", 2)));
        System.out.println(Arrays.toString("one  two\tthree\nfour".split("\\s+")));
        System.out.println(Arrays.toString("a1b22c333d".split("[0-9]+")));
        System.out.println(Arrays.toString("a.b.c".split("\\.")));
        System.out.println(Arrays.toString("a|b|c".split("\\|")));
        System.out.println(Arrays.toString("".split(",")) + " " + "".split(",").length);
        System.out.println(Arrays.toString("abc".split("")));
        System.out.println(Arrays.toString(",a,b".split(",")));
        System.out.println(Arrays.toString("key=value=more".split("=", 2)));
        System.out.println(Arrays.toString("2024-01-15T10:30:00".split("[-T:]")));
        String s = "the cat sat on the mat";
        System.out.println(s.replace("at", "og") + " | " + s.replace("the ", "") + " | " + s.replace("", "-").length());
        System.out.println(s.replaceAll("[aeiou]", "*") + " | " + s.replaceFirst("the", "a") + " | " + s.replaceAll("(\\w+) (\\w+)", "$2 $1"));
        System.out.println("matches: " + "12345".matches("\\d+") + " " + "12a45".matches("\\d+") + " " + "abc".matches("a.c") + " "
                + "hello@example.com".matches("[\\w.]+@[\\w.]+\\.[a-z]+"));
        System.out.println("join: " + String.join("-", "a", "b", "c") + " " + String.join(", ", Arrays.asList("x", "y")) + " ["
                + String.join("/") + "]");
        java.util.StringTokenizer st = new java.util.StringTokenizer("a b  c,d", " ,");
        StringBuilder sb = new StringBuilder();
        while (st.hasMoreTokens()) sb.append('<').append(st.nextToken()).append('>');
        System.out.println("tokenizer: " + sb);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([a-z])").matcher("10a 20b 3c x");
        while (m.find()) System.out.println("match " + m.group() + " num=" + m.group(1) + " letter=" + m.group(2) + " at " + m.start());
    }
}
