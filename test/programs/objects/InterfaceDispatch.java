public class InterfaceDispatch {
    interface Speaker { String speak(); }
    interface Named { String name(); default String intro() { return "I am " + name(); } }
    interface Both extends Speaker, Named {}

    static abstract class PartialSpeaker implements Both {
        public String speak() { return "partial speaks as " + name(); }
    }

    static class Full extends PartialSpeaker {
        public String name() { return "Full"; }
    }

    // implementation inherited from a superclass that does not implement the interface
    static class HasName { public String name() { return "HasName"; } }
    static class Inherits extends HasName implements Named {}

    static class Override2 extends Full {
        @Override public String speak() { return "override: " + super.speak(); }
        @Override public String intro() { return "custom " + super.intro(); }
    }

    interface Counter { int next(); }

    static class Seq implements Counter {
        private int n;
        public int next() { return n++; }
    }

    static class Squares implements Counter {
        private int n;
        public int next() { n++; return n * n; }
    }

    public static void main(String[] args) {
        Speaker s = new Full();
        Named n = new Full();
        Both b = new Override2();
        System.out.println(s.speak() + " | " + n.intro() + " | " + b.speak() + " | " + b.intro());
        Named inh = new Inherits();
        System.out.println(inh.intro());
        Counter[] counters = { new Seq(), new Squares(), new Seq() };
        int total = 0;
        for (int round = 0; round < 5; round++) {
            for (Counter c : counters) {
                int v = c.next();
                total += v;
                System.out.print(v + " ");
            }
        }
        System.out.println("total " + total);
        Object o = new Full();
        System.out.println("instanceof: " + (o instanceof Speaker) + " " + (o instanceof Named) + " " + (o instanceof Both)
                + " " + (o instanceof Counter) + " " + (o instanceof Comparable));
        Runnable r = new Runnable() {
            public void run() { System.out.println("Runnable via interface call"); }
        };
        r.run();
        CharSequence cs = new StringBuilder("builder");
        Comparable<String> cmp = "abc";
        System.out.println(cs.length() + " " + cmp.compareTo("abd") + " " + cs.toString().hashCode());
    }
}
