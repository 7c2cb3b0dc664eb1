import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

// NullPointerExceptions raised inside the class library: described from the library's own bytecode, or
// without a message when the library throws them explicitly or from a native method.
public class JdkInternal {
    public static void main(String[] args) {
        for (int c = 0; c < 12; c++) {
            try {
                switch (c) {
                    case 0: "abc".compareTo(null); break;
                    case 1: String.valueOf((char[]) null); break;
                    case 2: new StringBuilder().append((char[]) null); break;
                    case 3: Objects.requireNonNull(null); break;
                    case 4: Objects.requireNonNull(null, "named"); break;
                    case 5: List.of((Object) null); break;
                    case 6: new TreeMap<String, String>().put(null, "x"); break;
                    case 7: System.arraycopy(null, 0, new int[1], 0, 1); break;
                    case 8: new ArrayList<String>(null); break;
                    case 9: Arrays.sort((int[]) null); break;
                    case 10: "abc".contains(null); break;
                    default: Class.forName(null); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            } catch (Exception e) {
                System.out.println(c + ": unexpected " + e);
            }
        }
    }
}
