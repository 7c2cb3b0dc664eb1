import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Regular expressions (java.util.regex). Note: the JDK's Pattern implementation itself uses lambdas.
public class StringRegex {
    public static void main(String[] args) {
        System.out.println(Arrays.toString("one  two\tthree\nfour".split("\\s+")));
        System.out.println(Arrays.toString("a1b22c333d".split("[0-9]+")));
        System.out.println(Arrays.toString("2024-01-15T10:30:00".split("[-T:]")));
        System.out.println(Arrays.toString("a, b ,c , d".split("\\s*,\\s*")));
        System.out.println(Arrays.toString("x1y2z3".split("(?<=\\d)")));
        String s = "the cat sat on the mat";
        System.out.println(s.replaceAll("[aeiou]", "*") + " | " + s.replaceFirst("the", "a") + " | " + s.replaceAll("(\\w+) (\\w+)", "$2 $1"));
        System.out.println(s.replaceAll("\\bt(\\w)", "T$1") + " | " + "a.b.c".replaceAll(".", "x") + " | " + "a.b.c".replaceAll("\\.", "x"));
        System.out.println("matches: " + "12345".matches("\\d+") + " " + "12a45".matches("\\d+") + " " + "abc".matches("a.c") + " "
                + "hello@example.com".matches("[\\w.]+@[\\w.]+\\.[a-z]+") + " " + "".matches("a*") + " " + "aaa".matches("a{2}"));
        Matcher m = Pattern.compile("(\\d+)([a-z])").matcher("10a 20b 3c x");
        while (m.find()) System.out.println("match " + m.group() + " num=" + m.group(1) + " letter=" + m.group(2) + " at " + m.start() + "-" + m.end());
        Pattern named = Pattern.compile("(?<key>[a-z]+)=(?<value>\\d+)");
        Matcher nm = named.matcher("a=1, bb=22, ccc=333");
        StringBuilder sb = new StringBuilder();
        while (nm.find()) sb.append(nm.group("key")).append("->").append(nm.group("value")).append(' ');
        System.out.println("named groups " + sb);
        Pattern ci = Pattern.compile("hello", Pattern.CASE_INSENSITIVE);
        System.out.println("case-insensitive " + ci.matcher("Say HeLLo").find() + " lookingAt " + Pattern.compile("Say").matcher("Say HeLLo").lookingAt());
        System.out.println("quote " + Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " axb " + "axb".matches(Pattern.quote("a.b")));
        System.out.println("appendReplacement: " + Pattern.compile("\\d").matcher("a1b2c3").replaceAll("<$0>"));
        System.out.println("greedy vs reluctant: " + "<<a>><<b>>".replaceAll("<<.*>>", "X") + " " + "<<a>><<b>>".replaceAll("<<.*?>>", "X"));
        try {
            Pattern.compile("(unclosed");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("syntax error: " + e.getDescription() + " at " + e.getIndex());
        }
    }
}
