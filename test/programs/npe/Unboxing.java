import java.util.HashMap;
import java.util.Map;

// Auto-unboxing of null wrappers calls xxxValue() on null.
public class Unboxing {
    static Integer count;
    Long total;

    static Boolean flag() {
        return null;
    }

    public static void main(String[] args) {
        Integer i = null;
        Double d = null;
        Character ch = null;
        Map<String, Integer> map = new HashMap<>();
        int[] arr = {1, 2};
        Unboxing u = new Unboxing();
        for (int c = 0; c < 11; c++) {
            try {
                switch (c) {
                    case 0: { int x = i; System.out.println(x); break; }
                    case 1: System.out.println(d + 1.0); break;
                    case 2: System.out.println(ch == 'a'); break;
                    case 3: System.out.println(count * 2); break;
                    case 4: System.out.println(u.total + 1L); break;
                    case 5: if (flag()) System.out.println("yes"); break;
                    case 6: { int v = map.get("missing"); System.out.println(v); break; }
                    case 7: System.out.println(arr[i]); break;
                    case 8: switch (i) { case 1: System.out.println("one"); break; default: break; } break;
                    case 9: { i++; break; }
                    default: { long sum = 0; Integer[] boxes = {1, null}; for (int b : boxes) sum += b; System.out.println(sum); break; }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
