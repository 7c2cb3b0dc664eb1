import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public class GenericContainers {
    static class Stack<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T t) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = t;
        }
        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new IllegalStateException("empty stack");
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }
        int size() { return size; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i = size;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked")
                public T next() {
                    if (i == 0) throw new NoSuchElementException();
                    return (T) items[--i];
                }
            };
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static class LinkedQueue<E> {
        private static class Node<E> {
            E value;
            Node<E> next;
            Node(E v) { value = v; }
        }
        private Node<E> head, tail;
        void add(E e) {
            Node<E> n = new Node<>(e);
            if (tail == null) head = tail = n;
            else { tail.next = n; tail = n; }
        }
        E remove() {
            E v = head.value;
            head = head.next;
            if (head == null) tail = null;
            return v;
        }
        boolean isEmpty() { return head == null; }
    }

    static <T extends Comparable<T>> T maxOf(List<T> list) {
        T m = list.get(0);
        for (T t : list) if (t.compareTo(m) > 0) m = t;
        return m;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> l = new ArrayList<>();
        for (T t : items) l.add(t);
        return l;
    }

    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        for (String s : "a b c d e".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : st) sb.append(s);
        System.out.println("iterate " + sb + " pop " + st.pop() + " " + st.pop() + " size " + st.size());
        Stack<Integer> is = new Stack<>();
        try {
            is.pop();
        } catch (IllegalStateException e) {
            System.out.println("pop empty: " + e.getMessage());
        }
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + p.withSecond(p));
        LinkedQueue<Integer> q = new LinkedQueue<>();
        for (int i = 0; i < 5; i++) q.add(i * i);
        sb.setLength(0);
        while (!q.isEmpty()) sb.append(q.remove()).append(',');
        System.out.println("queue " + sb);
        System.out.println("maxOf " + maxOf(listOf(3, 9, 2)) + " " + maxOf(listOf("pear", "apple", "zoo")));
        System.out.println("sum " + sum(listOf(1, 2.5, 3L, 4f)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 4);
        List<Object> objSink = new ArrayList<>();
        fill(objSink, 2);
        System.out.println("super sinks " + sink + " " + objSink);
        List<List<String>> nested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> inner = new ArrayList<>();
            for (int j = 0; j <= i; j++) inner.add(i + "" + j);
            nested.add(inner);
        }
        System.out.println("nested " + nested);
        Pair<Pair<Integer, Integer>, String> pp = new Pair<>(new Pair<>(1, 2), "outer");
        System.out.println("nested pair " + pp + " first.second " + pp.first.second);
    }
}
