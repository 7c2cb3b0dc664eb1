import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class CovariantBridges {
    static class Animal {
        Animal self() { return this; }
        Object make() { return "object"; }
        public String toString() { return "Animal"; }
    }

    static class Cat extends Animal {
        @Override Cat self() { return this; }
        @Override String make() { return "string"; }
        public String toString() { return "Cat"; }
    }

    interface Box<T> {
        T get();
        void set(T t);
    }

    static class IntBox implements Box<Integer> {
        private Integer v = 0;
        public Integer get() { return v; }
        public void set(Integer t) { v = t; }
    }

    static abstract class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();
        public int compareTo(Node<T> o) { return key().compareTo(o.key()); }
    }

    static class StrNode extends Node<String> {
        final String k;
        StrNode(String k) { this.k = k; }
        String key() { return k; }
        public String toString() { return "N(" + k + ")"; }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void main(String[] args) {
        Animal a = new Cat();
        System.out.println(a.self() + " " + a.make() + " " + new Cat().self().make().length());
        Box<Integer> box = new IntBox();
        box.set(41);
        box.set(box.get() + 1);
        System.out.println("box " + box.get());
        Box raw = box;
        try {
            raw.set("not an integer");
        } catch (ClassCastException e) {
            System.out.println("bridge checkcast: " + e.getMessage());
        }
        List<StrNode> nodes = new ArrayList<>(Arrays.asList(new StrNode("m"), new StrNode("z"), new StrNode("a")));
        System.out.println("max " + max(nodes));
        nodes.sort(null);
        System.out.println("sorted " + nodes);
        Comparable c = new StrNode("q");
        System.out.println("raw compareTo " + c.compareTo(new StrNode("r")));
        Comparator<String> byLen = new Comparator<String>() {
            public int compare(String x, String y) { return x.length() - y.length(); }
        };
        Comparator rawCmp = byLen;
        System.out.println("raw comparator " + rawCmp.compare("aaa", "b"));
        int bridges = 0;
        List<String> names = new ArrayList<>();
        for (Method m : IntBox.class.getDeclaredMethods()) {
            if (m.isBridge()) bridges++;
            names.add(m.getName() + "(" + (m.getParameterCount() == 1 ? m.getParameterTypes()[0].getSimpleName() : "")
                    + "):" + m.getReturnType().getSimpleName() + (m.isBridge() ? "[bridge]" : ""));
        }
        names.sort(null);
        System.out.println("IntBox methods " + names + " bridges=" + bridges);
    }
}
