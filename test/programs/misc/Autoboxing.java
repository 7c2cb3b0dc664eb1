import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Autoboxing {
    static int unboxSum(List<Integer> list) {
        int s = 0;
        for (int v : list) s += v;
        return s;
    }

    static Object box(int i) { return i; }
    static Object box(double d) { return d; }
    static long widenThenBox(long l) { return l; }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        System.out.println("sum " + unboxSum(list) + " list " + list);
        list.remove(Integer.valueOf(81));
        list.remove(0);
        System.out.println("remove(Object) vs remove(index): " + list);
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : "abracadabra".toCharArray()) {
            Integer old = counts.get(c);
            counts.put(c, old == null ? 1 : old + 1);
        }
        System.out.println("counts " + counts);
        Integer a = 10;
        a += 5;
        a *= 2;
        a--;
        Integer b = a / 3;
        System.out.println("compound on Integer " + a + " " + b + " " + (a % 7) + " " + (-a) + " " + (~a) + " " + (a << 2));
        Double d = 1.5;
        d = d * a;
        System.out.println("Double arithmetic " + d);
        Boolean flag = a > 20;
        if (flag) System.out.println("Boolean unboxed in if");
        Character ch = 'x';
        ch++;
        System.out.println("Character ++ " + ch);
        Long big = 1L << 40;
        big >>= 8;
        System.out.println("Long shift " + big);
        Object o1 = box(3);
        Object o2 = box(3.0);
        System.out.println(o1.getClass().getSimpleName() + " " + o2.getClass().getSimpleName() + " " + o1.equals(3) + " " + o2.equals(3.0)
                + " " + o1.equals(3L));
        System.out.println("widen " + widenThenBox(5));
        Integer n = null;
        try {
            int bad = n + 1;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NPE");
        }
        int[] prim = { 3, 1, 2 };
        Integer[] boxed = new Integer[prim.length];
        for (int i = 0; i < prim.length; i++) boxed[i] = prim[i];
        java.util.Arrays.sort(boxed, java.util.Collections.reverseOrder());
        System.out.println("boxed array sorted desc " + java.util.Arrays.toString(boxed));
        long total = 0;
        Long boxedTotal = 0L;
        for (int i = 0; i < 1000; i++) {
            total += i;
            boxedTotal += i;
        }
        System.out.println("loop totals " + total + " " + boxedTotal + " equal " + boxedTotal.equals(total));
        Object t = true ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println("ternary numeric promotion: " + t + " " + t.getClass().getSimpleName());
        Integer i1 = 5;
        Long l1 = 5L;
        System.out.println("equals across types " + i1.equals(l1) + " " + (i1.longValue() == l1) + " " + l1.equals(5L));
    }
}
