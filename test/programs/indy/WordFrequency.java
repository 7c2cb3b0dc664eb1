// A small text-processing program in modern style: records, streams, collectors, regex, method
// references, text blocks, switch expressions, Optional and String.format.
import java.util.*;
import java.util.function.*;
import java.util.regex.*;
import java.util.stream.*;

public class WordFrequency {
    record WordCount(String word, long count) implements Comparable<WordCount> {
        public int compareTo(WordCount o) {
            int c = Long.compare(o.count, count);
            return c != 0 ? c : word.compareTo(o.word);
        }
    }
    sealed interface Token permits Word, Number, Punct { }
    record Word(String text) implements Token { }
    record Number(long value) implements Token { }
    record Punct(char c) implements Token { }

    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness; 1859 and 1775!
            """;

    static Token classify(String raw) {
        if (raw.chars().allMatch(Character::isDigit)) return new Number(Long.parseLong(raw));
        if (raw.length() == 1 && !Character.isLetter(raw.charAt(0))) return new Punct(raw.charAt(0));
        return new Word(raw.toLowerCase(Locale.ROOT));
    }

    static String describe(Token t) {
        if (t instanceof Word w) return "word:" + w.text();
        if (t instanceof Number n) return "number:" + n.value();
        if (t instanceof Punct p) return "punct:" + p.c();
        throw new IllegalStateException();
    }

    public static void main(String[] args) {
        Matcher m = Pattern.compile("[A-Za-z]+|\\d+|[,;!.]").matcher(TEXT);
        List<Token> tokens = new ArrayList<>();
        while (m.find()) tokens.add(classify(m.group()));
        System.out.println(tokens.size() + " tokens; first: " + tokens.stream().limit(6).map(WordFrequency::describe).collect(Collectors.joining(" ")));
        Map<String, Long> freq = tokens.stream().filter(t -> t instanceof Word).map(t -> ((Word) t).text())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<WordCount> top = freq.entrySet().stream().map(e -> new WordCount(e.getKey(), e.getValue())).sorted().limit(8).collect(Collectors.toList());
        top.forEach(wc -> System.out.println(String.format("%-8s %3d %s", wc.word(), wc.count(), "*".repeat((int) wc.count()))));
        LongSummaryStatistics nums = tokens.stream().filter(Number.class::isInstance).map(Number.class::cast).mapToLong(Number::value).summaryStatistics();
        System.out.println(String.format("numbers: count=%d sum=%d min=%d max=%d avg=%.1f", nums.getCount(), nums.getSum(), nums.getMin(), nums.getMax(), nums.getAverage()));
        Map<Character, Long> punct = tokens.stream().filter(t -> t instanceof Punct).collect(Collectors.groupingBy(t -> ((Punct) t).c(), TreeMap::new, Collectors.counting()));
        System.out.println("punctuation " + punct);
        Map<Integer, List<String>> byLength = freq.keySet().stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> { Collections.sort(l); return l; })));
        byLength.forEach((len, words) -> System.out.println(len + " -> " + words));
        Optional<String> longest = freq.keySet().stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("longest: " + longest.orElseThrow());
        String lines = TEXT.lines().map(String::strip).map(l -> switch (l.length() % 3) {
            case 0 -> "A";
            case 1 -> "B";
            default -> "C";
        }).collect(Collectors.joining());
        System.out.println("line classes " + lines + " " + TEXT.lines().count());
        String acronym = Arrays.stream(TEXT.split("\\W+")).filter(Predicate.not(String::isBlank)).map(w -> w.substring(0, 1)).filter(s -> Character.isUpperCase(s.charAt(0))).collect(Collectors.joining());
        System.out.println("capitals: " + acronym);
        System.out.println(String.join(",", new TreeSet<>(freq.keySet()).headSet("b")) + " | " + String.format("%08.3f|%+d|%x|%o|%e|%S|%c|%b|%%", Math.PI, 42, 255, 8, 12345.678, "up", 'z', true));
    }
}
