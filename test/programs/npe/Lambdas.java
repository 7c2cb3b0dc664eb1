import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

// Uses invokedynamic on purpose (lambdas, method references, a record): a lambda body is a synthetic
// method whose parameters are the captured variables followed by the lambda's own parameters.
public class Lambdas {
    String title;

    record Pair(String left, String right) {
        Pair {
            left.length();
        }
    }

    int viaThis() {
        IntSupplier s = () -> title.length();
        return s.getAsInt();
    }

    static int twice(Function<String, Integer> f, String s) {
        return f.apply(s) * 2;
    }

    public static void main(String[] args) {
        String nothing = null;
        int[] noInts = null;
        String[] words = {"a", null};
        for (int c = 0; c < 9; c++) {
            try {
                switch (c) {
                    case 0: { Supplier<Integer> s = () -> nothing.length(); s.get(); break; }
                    case 1: { IntSupplier s = () -> noInts.length; s.getAsInt(); break; }
                    case 2: { Function<String, Integer> f = (String arg) -> arg.length(); f.apply(null); break; }
                    case 3: { Function<Integer, Integer> f = i -> words[i].length() + nothing.length(); f.apply(1); break; }
                    case 4: new Lambdas().viaThis(); break;
                    case 5: twice(s -> s.trim().length(), null); break;
                    case 6: { Supplier<Integer> s = nothing::length; s.get(); break; }
                    case 7: new Pair(null, "r"); break;
                    default: { Runnable r = () -> { Object o = null; synchronized (o) { System.out.println("in"); } }; r.run(); break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
