import java.util.Arrays;

// String.split with single-character delimiters (the fast path that does not compile a regex),
// String.replace, String.join and StringTokenizer.
public class StringSplit {
    public static void main(String[] args) {
        String csv = "a,b,,c,,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + csv.split(",").length);
        System.out.println(Arrays.toString(csv.split(",", -1)) + " " + csv.split(",", -1).length);
        System.out.println(Arrays.toString(csv.split(",", 2)) + " " + Arrays.toString(csv.split(",", 1)) + " "
                + Arrays.toString(csv.split(",", 0)));
        System.out.println(Arrays.toString("a.b.c".split("\\.")));
        System.out.println(Arrays.toString("a|b|c".split("\\|")));
        System.out.println(Arrays.toString("".split(",")) + " " + "".split(",").length);
        System.out.println(Arrays.toString(",a,b".split(",")) + " " + Arrays.toString(",,,".split(",")) + " " + ",,,".split(",").length);
        System.out.println(Arrays.toString("key=value=more".split("=", 2)));
        System.out.println(Arrays.toString("one two  three".split(" ")));
        System.out.println(Arrays.toString("path/to/file.txt".split("/")));
        System.out.println(Arrays.toString("no-delimiter".split(";")));
        System.out.println(Arrays.toString("tab\tseparated\tvalues".split("\t")));
        String s = "the cat sat on the mat";
        System.out.println(s.replace("at", "og") + " | " + s.replace("the ", "") + " | " + s.replace("", "-") + " | " + s.replace('a', 'A')
                + " | " + s.replace("zzz", "y") + " | " + "aaa".replace("aa", "b"));
        System.out.println("join: " + String.join("-", "a", "b", "c") + " " + String.join(", ", Arrays.asList("x", "y")) + " ["
                + String.join("/") + "] " + String.join("", "p", "q"));
        java.util.StringTokenizer st = new java.util.StringTokenizer("a b  c,d", " ,");
        StringBuilder sb = new StringBuilder();
        System.out.print("tokens " + st.countTokens() + ": ");
        while (st.hasMoreTokens()) sb.append('<').append(st.nextToken()).append('>');
        System.out.println(sb);
        java.util.StringTokenizer withDelims = new java.util.StringTokenizer("x+y-z", "+-", true);
        sb.setLength(0);
        while (withDelims.hasMoreTokens()) sb.append('[').append(withDelims.nextToken()).append(']');
        System.out.println("with delimiters " + sb);
        String[] parts = "3,1,4,1,5,9,2,6".split(",");
        int sum = 0;
        for (String p : parts) sum += Integer.parseInt(p);
        System.out.println("sum of csv ints " + sum);
    }
}
