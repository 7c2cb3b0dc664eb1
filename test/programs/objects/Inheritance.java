public class Inheritance {
    static class Base {
        protected String name;
        Base() { this("base-default"); System.out.println("Base()"); }
        Base(String name) { this.name = name; System.out.println("Base(" + name + ")"); }
        String who() { return "Base[" + name + "]"; }
        String greet() { return "hello from " + who(); }
        static String kind() { return "Base.kind"; }
    }

    static class Middle extends Base {
        Middle() { System.out.println("Middle()"); }
        Middle(String n) { super(n.toUpperCase()); System.out.println("Middle(" + n + ")"); }
        @Override String who() { return "Middle/" + super.who(); }
    }

    static class Leaf extends Middle {
        Leaf() { super("leaf"); System.out.println("Leaf()"); }
        @Override String who() { return "Leaf/" + super.who(); }
        @Override String greet() { return super.greet() + "!"; }
        String superGreet() { return super.greet(); }
        static String kind() { return "Leaf.kind"; }
    }

    public static void main(String[] args) {
        Base b = new Base();
        System.out.println(b.greet());
        Base m = new Middle();
        System.out.println(m.greet());
        Base l = new Leaf();
        System.out.println(l.greet());
        System.out.println(((Leaf) l).superGreet());
        System.out.println(Base.kind() + " " + Leaf.kind());
        System.out.println("getClass: " + b.getClass().getName() + " " + m.getClass().getName() + " " + l.getClass().getName());
        System.out.println("superclass chain of Leaf: " + Leaf.class.getSuperclass().getName() + " -> "
                + Leaf.class.getSuperclass().getSuperclass().getName() + " -> "
                + Leaf.class.getSuperclass().getSuperclass().getSuperclass().getName() + " -> "
                + Object.class.getSuperclass());
        System.out.println("instanceof: " + (l instanceof Middle) + " " + (m instanceof Leaf) + " " + (b instanceof Object));
        Base[] all = { b, m, l };
        for (Base x : all) System.out.println(x.who());
    }
}
