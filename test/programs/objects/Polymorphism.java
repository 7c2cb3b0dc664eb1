import java.util.ArrayList;
import java.util.List;

public class Polymorphism {
    static abstract class Animal {
        private static int count;
        protected final String name;
        Animal(String name) { this.name = name; count++; }
        abstract String sound();
        String describe() { return name + " says " + sound() + " and moves by " + move(); }
        String move() { return "walking"; }
        static int count() { return count; }
    }

    static class Dog extends Animal {
        Dog(String n) { super(n); }
        String sound() { return "woof"; }
    }

    static class Puppy extends Dog {
        Puppy(String n) { super(n); }
        @Override String sound() { return super.sound() + " (squeaky)"; }
        @Override String move() { return "tumbling"; }
    }

    static class Bird extends Animal {
        Bird(String n) { super(n); }
        String sound() { return "tweet"; }
        @Override String move() { return "flying"; }
    }

    static class Penguin extends Bird {
        Penguin(String n) { super(n); }
        @Override String move() { return "swimming, not " + super.move(); }
    }

    interface Visitor<R> {
        R visitNum(Num n);
        R visitAdd(Add a);
        R visitMul(Mul m);
    }

    interface Expr { <R> R accept(Visitor<R> v); }

    static class Num implements Expr {
        final int v;
        Num(int v) { this.v = v; }
        public <R> R accept(Visitor<R> vis) { return vis.visitNum(this); }
    }

    static class Add implements Expr {
        final Expr l, r;
        Add(Expr l, Expr r) { this.l = l; this.r = r; }
        public <R> R accept(Visitor<R> vis) { return vis.visitAdd(this); }
    }

    static class Mul implements Expr {
        final Expr l, r;
        Mul(Expr l, Expr r) { this.l = l; this.r = r; }
        public <R> R accept(Visitor<R> vis) { return vis.visitMul(this); }
    }

    static class Eval implements Visitor<Integer> {
        public Integer visitNum(Num n) { return n.v; }
        public Integer visitAdd(Add a) { return a.l.accept(this) + a.r.accept(this); }
        public Integer visitMul(Mul m) { return m.l.accept(this) * m.r.accept(this); }
    }

    static class Show implements Visitor<String> {
        public String visitNum(Num n) { return Integer.toString(n.v); }
        public String visitAdd(Add a) { return "(" + a.l.accept(this) + " + " + a.r.accept(this) + ")"; }
        public String visitMul(Mul m) { return a(m.l) + " * " + a(m.r); }
        private String a(Expr e) { return e.accept(this); }
    }

    public static void main(String[] args) {
        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog("rex"));
        zoo.add(new Puppy("bit"));
        zoo.add(new Bird("tweety"));
        zoo.add(new Penguin("pingu"));
        for (Animal a : zoo) System.out.println(a.describe());
        System.out.println("count " + Animal.count());
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Add(new Num(4), new Num(5))));
        System.out.println(e.accept(new Show()) + " = " + e.accept(new Eval()));
        Expr big = new Num(1);
        for (int i = 2; i <= 10; i++) big = i % 2 == 0 ? new Add(big, new Num(i)) : new Mul(big, new Num(i));
        System.out.println(big.accept(new Show()) + " = " + big.accept(new Eval()));
        // megamorphic call site
        Object[] things = { "s", 1, 2.5, 'c', new StringBuilder("sb"), new int[0].length, true, 7L };
        StringBuilder sb = new StringBuilder();
        for (Object o : things) sb.append(o.toString()).append('|');
        System.out.println(sb);
        CharSequence[] seqs = { "abc", new StringBuilder("defg"), new StringBuffer("hi") };
        for (CharSequence cs : seqs) System.out.println(cs.length() + " " + cs.charAt(0) + " " + cs.subSequence(1, 2));
    }
}
