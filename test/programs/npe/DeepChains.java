// Long chains of field loads, calls and array accesses: the description goes at most five producers deep.
public class DeepChains {
    static class Node {
        Node next;
        Node[] kids;
        String value;
        static Node root;

        Node next() {
            return next;
        }

        Node kid(int i) {
            return kids[i];
        }
    }

    Node head;

    static Node chain(int n) {
        Node first = new Node();
        Node cur = first;
        for (int i = 1; i < n; i++) {
            cur.next = new Node();
            cur = cur.next;
        }
        return first;
    }

    public static void main(String[] args) {
        Node a = chain(3);
        Node b = chain(8);
        DeepChains self = new DeepChains();
        self.head = chain(8);
        Node.root = chain(8);
        Node k = new Node();
        k.kids = new Node[] {chain(2)};
        for (int c = 0; c < 14; c++) {
            try {
                switch (c) {
                    case 0: System.out.println(a.next.next.next.value); break;
                    case 1: System.out.println(b.next.next.next.next.next.next.next.next.value); break;
                    case 2: System.out.println(self.head.next.next.next.next.next.next.next.next.value); break;
                    case 3: System.out.println(Node.root.next.next.next.next.next.next.next.next.value); break;
                    case 4: System.out.println(b.next.next.next.next.next.next.next.next.value.length()); break;
                    case 5: System.out.println(a.next().next().next().value); break;
                    case 6: System.out.println(a.next().next.next.next.value); break;
                    case 7: System.out.println(a.next.next.next().value); break;
                    case 8: System.out.println(k.kids[0].next.next.value); break;
                    case 9: System.out.println(k.kid(0).next.next.value); break;
                    case 10: System.out.println(k.kids[0].next.kids[0]); break;
                    case 11: System.out.println(self.head.next.next.next.next.next.next.next.next.next.next); break;
                    case 12: System.out.println(a.next.next.next.value.length()); break;
                    default: a.next.next.next.next = null; break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
