public class HelpfulNPE {
    static class Node {
        Node next;
        String name;
        int[] data;
        static Node shared;
        Node getNext() { return next; }
        String getName() { return name; }
    }

    interface Task { void run() throws Exception; }

    static void t(String label, Task task) {
        try {
            task.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        } catch (Exception e) {
            System.out.println(label + ": unexpected " + e);
        }
    }

    static String nullString() { return null; }
    static Node nullNode() { return null; }

    Node field;
    static Object staticObj;

    public static void main(String[] args) {
        final Node head = new Node();
        head.next = new Node();
        final Node empty = null;
        final String s = null;
        final int[] arr = null;
        final long[][] matrix = new long[2][];
        final Object[] objs = null;
        final Integer boxed = null;
        final HelpfulNPE self = new HelpfulNPE();
        t("invoke on local", new Task() { public void run() { s.length(); } });
        t("field read", new Task() { public void run() { System.out.println(empty.name); } });
        t("field write", new Task() { public void run() { empty.name = "x"; } });
        t("chained field", new Task() { public void run() { System.out.println(head.next.next.name.length()); } });
        t("method result", new Task() { public void run() { head.getNext().getNext().getName(); } });
        t("static method result", new Task() { public void run() { nullString().trim(); } });
        t("array load", new Task() { public void run() { System.out.println(arr[0]); } });
        t("array store", new Task() { public void run() { arr[1] = 5; } });
        t("array length", new Task() { public void run() { System.out.println(arr.length); } });
        t("2d array inner", new Task() { public void run() { matrix[1][0] = 3L; } });
        t("object array", new Task() { public void run() { System.out.println(objs[2]); } });
        t("field array", new Task() { public void run() { head.data[0]++; } });
        t("unboxing", new Task() { public void run() { int x = boxed; System.out.println(x); } });
        t("unboxing arithmetic", new Task() { public void run() { System.out.println(boxed + 1); } });
        t("throw null", new Task() { public void run() throws Exception { RuntimeException r = null; throw r; } });
        t("synchronized", new Task() { public void run() { synchronized (s) { System.out.println("in"); } } });
        t("static field", new Task() { public void run() { Node.shared.name = "x"; } });
        t("instance field of this", new Task() { public void run() { self.field.next = null; } });
        t("static Object", new Task() { public void run() { staticObj.hashCode(); } });
        t("nullNode().next", new Task() { public void run() { System.out.println(nullNode().next); } });
        t("string switch", new Task() {
            public void run() {
                switch (s) {
                    case "a": break;
                    default: break;
                }
            }
        });
        t("enhanced for over null array", new Task() { public void run() { for (int x : arr) System.out.println(x); } });
        t("explicit new NPE", new Task() { public void run() { throw new NullPointerException("custom message"); } });
        t("explicit new NPE no message", new Task() { public void run() { throw new NullPointerException(); } });
        t("Objects.requireNonNull", new Task() { public void run() { java.util.Objects.requireNonNull(s, "s must not be null"); } });
        t("local in method", new Task() {
            public void run() {
                String local = args.length > 100 ? "x" : null;
                local.isEmpty();
            }
        });
        t("parameter", new Task() { public void run() { useParam(null, 1); } });
        t("long array param", new Task() { public void run() { sumLongs(null); } });
        t("ternary", new Task() { public void run() { String v = args.length == 0 ? s : "y"; v.toUpperCase(); } });
        // locals of main itself (named in the message thanks to -g)
        String text = args.length > 5 ? "t" : null;
        try {
            System.out.println(text.length());
        } catch (NullPointerException e) {
            System.out.println("main local: " + e.getMessage());
        }
        Node node = head.next;
        try {
            node.next.name = "x";
        } catch (NullPointerException e) {
            System.out.println("main local field chain: " + e.getMessage());
        }
        double[] ds = null;
        try {
            ds[0] += 1.5;
        } catch (NullPointerException e) {
            System.out.println("main compound array: " + e.getMessage());
        }
        try {
            head.next.next.getName();
        } catch (NullPointerException e) {
            System.out.println("main chain invoke: " + e.getMessage());
        }
        System.out.println("fillInStackTrace keeps message: " + new NullPointerException("m").fillInStackTrace().getMessage());
    }

    static void useParam(String text, int n) {
        System.out.println(text.charAt(n));
    }

    static long sumLongs(long[] values) {
        return values[0] + values[1];
    }
}
