import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Queue;

public class LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 5; i++) {
            ll.addFirst(i);
            ll.addLast(i * 10);
        }
        System.out.println(ll + " first " + ll.getFirst() + " last " + ll.getLast() + " size " + ll.size());
        System.out.println("removeFirst " + ll.removeFirst() + " removeLast " + ll.removeLast() + " poll " + ll.poll() + " pollLast "
                + ll.pollLast() + " peek " + ll.peek() + " -> " + ll);
        ll.add(2, 99);
        ll.remove(Integer.valueOf(0));
        System.out.println("after add(2)/remove(0): " + ll + " get(3) " + ll.get(3) + " indexOf 99 " + ll.indexOf(99));
        Iterator<Integer> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next()).append(' ');
        System.out.println("descending " + sb);
        Deque<String> stack = new ArrayDeque<>();
        for (String s : "a b c d".split(" ")) stack.push(s);
        sb.setLength(0);
        while (!stack.isEmpty()) sb.append(stack.pop());
        System.out.println("stack pops " + sb);
        Queue<String> queue = new ArrayDeque<>();
        for (String s : "1 2 3 4".split(" ")) queue.offer(s);
        sb.setLength(0);
        while (!queue.isEmpty()) sb.append(queue.poll());
        System.out.println("queue polls " + sb + " poll empty " + queue.poll() + " peek empty " + queue.peek());
        ArrayDeque<Integer> ring = new ArrayDeque<>(2);
        for (int i = 0; i < 100; i++) {
            ring.addLast(i);
            if (ring.size() > 5) ring.removeFirst();
        }
        System.out.println("ring " + ring + " contains 97 " + ring.contains(97) + " peekFirst " + ring.peekFirst() + " peekLast "
                + ring.peekLast());
        ArrayDeque<Integer> wrap = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) {
            wrap.offerFirst(-i);
            wrap.offerLast(i);
            if (i % 3 == 0) wrap.pollFirst();
        }
        System.out.println("wrap " + wrap + " size " + wrap.size());
        wrap.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x % 2 == 0; }
        });
        System.out.println("removeIf even " + wrap);
        try {
            new ArrayDeque<String>().removeFirst();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("removeFirst empty: " + e.getClass().getSimpleName());
        }
        try {
            new ArrayDeque<String>().addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        LinkedList<String> withNull = new LinkedList<>();
        withNull.add(null);
        withNull.add("x");
        System.out.println("LinkedList allows null " + withNull + " " + withNull.removeFirstOccurrence(null) + " " + withNull);
    }
}
