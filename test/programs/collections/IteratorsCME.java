import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

public class IteratorsCME {
    static class Range implements Iterable<Integer> {
        final int from, to, step;
        Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = from;
                public boolean hasNext() { return step > 0 ? cur < to : cur > to; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + cur);
                    int v = cur;
                    cur += step;
                    return v;
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 20, 3)) sb.append(v).append(' ');
        for (int v : new Range(10, 0, -4)) sb.append(v).append(' ');
        System.out.println("custom iterable: " + sb);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getClass().getName() + " " + e.getMessage());
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i);
        try {
            for (Integer x : list) if (x == 3) list.remove(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from ArrayList foreach, message " + e.getMessage());
        }
        System.out.println("list after " + list);
        // removing the second-to-last element does not throw (hasNext is false afterwards)
        List<Integer> quirk = new ArrayList<>(List.of(1, 2, 3));
        for (Integer x : quirk) if (x == 2) quirk.remove(x);
        System.out.println("quirk " + quirk);
        Map<String, Integer> map = new HashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        try {
            for (String k : map.keySet()) if (k.equals("a")) map.put("d", 4);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from HashMap");
        }
        Iterator<Map.Entry<String, Integer>> mit = map.entrySet().iterator();
        while (mit.hasNext()) if (mit.next().getValue() % 2 == 0) mit.remove();
        System.out.println("map after iterator remove " + map);
        Iterator<Integer> li = list.iterator();
        try {
            li.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        li.next();
        li.remove();
        try {
            li.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove: IllegalStateException");
        }
        System.out.println("final " + list);
        Iterator<String> empty = java.util.Collections.emptyIterator();
        System.out.println("empty iterator hasNext " + empty.hasNext());
        final List<String> consumed = new ArrayList<>();
        List.of("x", "y", "z").iterator().forEachRemaining(new java.util.function.Consumer<String>() {
            public void accept(String s) { consumed.add(s + s); }
        });
        System.out.println("forEachRemaining " + consumed);
    }
}
