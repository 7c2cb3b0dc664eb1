import java.util.ArrayList;
import java.util.List;

public class InnerClasses {
    private int counter = 100;
    private static String prefix = "P";

    class Member {
        int id = counter++;
        String show() { return prefix + id + " of outer " + InnerClasses.this.counter; }
        class MemberInner {
            String show() { return "inner of " + Member.this.id + "/" + counter; }
        }
    }

    static class StaticNested {
        private final String v;
        StaticNested(String v) { this.v = v; }
        String show() { return prefix + ":" + v; }
    }

    interface Op { int apply(int x); }

    Op adder(final int k) {
        final int base = counter;
        return new Op() {
            int calls = 0;
            public int apply(int x) { calls++; return x + k + base + calls; }
        };
    }

    static List<Op> makeOps() {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int captured = i;
            class Mul implements Op {
                public int apply(int x) { return x * (captured + 1); }
                @Override public String toString() { return "Mul" + captured; }
            }
            ops.add(new Mul());
        }
        return ops;
    }

    private int secret() { return 42; }

    class Peeker {
        int peek() { return secret() + counter; }
        void poke() { counter = -1; }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Member m1 = outer.new Member();
        InnerClasses.Member m2 = outer.new Member();
        System.out.println(m1.show() + " | " + m2.show());
        Member.MemberInner mi = m1.new MemberInner();
        System.out.println(mi.show());
        System.out.println(new StaticNested("nested").show());
        Op a = outer.adder(5);
        System.out.println(a.apply(1) + " " + a.apply(1) + " " + a.apply(10));
        for (Op op : makeOps()) System.out.println(op + " -> " + op.apply(7));
        Peeker p = outer.new Peeker();
        System.out.println("peek " + p.peek());
        p.poke();
        System.out.println("after poke " + outer.counter + " peek " + p.peek());
        final String[] holder = { "initial" };
        Runnable r = new Runnable() {
            public void run() { holder[0] = holder[0] + "+run"; }
        };
        r.run();
        r.run();
        System.out.println(holder[0]);
        // anonymous subclass with constructor args and initializer block
        List<String> list = new ArrayList<String>(4) {
            {
                add("x");
                add("y");
            }
            @Override public String toString() { return "custom" + super.toString(); }
        };
        System.out.println(list + " " + list.size());
        // a chain of nested anonymous classes capturing from several levels
        final int one = 1;
        Op outerOp = new Op() {
            public int apply(final int x) {
                final int two = 2;
                Op innerOp = new Op() {
                    public int apply(int y) { return one + two + x + y; }
                };
                return innerOp.apply(x * 10);
            }
        };
        System.out.println("nested anon " + outerOp.apply(3));
        System.out.println("synthetic fields of Member: " + countSynthetic(Member.class));
    }

    static int countSynthetic(Class<?> c) {
        int n = 0;
        for (java.lang.reflect.Field f : c.getDeclaredFields()) if (f.isSynthetic()) n++;
        return n;
    }
}
