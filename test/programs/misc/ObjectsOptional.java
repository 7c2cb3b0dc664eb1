import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

public class ObjectsOptional {
    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals("a", "a") + " " + Objects.equals(null, "a") + " deepEquals "
                + Objects.deepEquals(new int[] { 1 }, new int[] { 1 }) + " " + Objects.deepEquals(new int[][] { { 1 } }, new int[][] { { 2 } }));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "default") + " " + Objects.toString(5, "d"));
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(null) + " requireNonNullElse "
                + Objects.requireNonNullElse(null, "else") + " compare " + Objects.compare("a", "b", String.CASE_INSENSITIVE_ORDER));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "value is required");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(msg): " + e.getMessage());
        }
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nullable + " isPresent " + some.isPresent() + " isEmpty " + none.isEmpty() + " get "
                + some.get() + " orElse " + none.orElse("fallback") + " equals " + none.equals(nullable));
        try {
            none.get();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("empty get: " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        Optional<Integer> mapped = some.map(new java.util.function.Function<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        });
        Optional<String> filtered = some.filter(new java.util.function.Predicate<String>() {
            public boolean test(String s) { return s.startsWith("x"); }
        });
        System.out.println("map " + mapped + " filter " + filtered + " or " + filtered.or(new java.util.function.Supplier<Optional<String>>() {
            public Optional<String> get() { return Optional.of("alt"); }
        }).get());
        OptionalInt oi = OptionalInt.of(7);
        System.out.println("OptionalInt " + oi + " " + oi.getAsInt() + " " + OptionalInt.empty() + " " + OptionalInt.empty().orElse(-1));
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): NullPointerException");
        }
    }
}
