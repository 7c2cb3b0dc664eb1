public class InstanceInitOrder {
    static int seq = 0;

    static int next(String what) {
        seq++;
        System.out.println("  " + seq + ": " + what);
        return seq;
    }

    static class Base {
        int baseField = next("Base field initializer");
        { next("Base instance block 1"); }
        Base() {
            next("Base constructor body");
            describe();
        }
        { next("Base instance block 2"); }
        void describe() { next("Base.describe"); }
    }

    static class Derived extends Base {
        int derivedField = next("Derived field initializer");
        String name = "derived";
        final int fin = 7;
        final int finComputed = seq * 100;
        { next("Derived instance block"); }
        Derived() {
            super();
            next("Derived constructor body, name=" + name);
        }
        Derived(int x) {
            this();
            next("Derived(int) body x=" + x);
        }
        @Override void describe() {
            // called from Base's constructor before Derived's fields are initialized
            next("Derived.describe sees derivedField=" + derivedField + " name=" + name + " fin=" + fin + " finComputed="
                    + finComputed);
        }
    }

    static class WithArgEval {
        WithArgEval(int a, int b) { next("WithArgEval(" + a + "," + b + ")"); }
    }

    static class Sub2 extends WithArgEval {
        Sub2() { super(next("arg1"), next("arg2")); }
    }

    public static void main(String[] args) {
        System.out.println("new Derived():");
        Derived d = new Derived();
        System.out.println("after: " + d.derivedField + " " + d.baseField + " " + d.name);
        seq = 0;
        System.out.println("new Derived(5):");
        new Derived(5);
        seq = 0;
        System.out.println("new Sub2():");
        new Sub2();
        System.out.println("anonymous subclass with initializer:");
        seq = 0;
        Base anon = new Base() {
            int extra = next("anon field");
            { next("anon block, extra=" + extra); }
        };
        System.out.println("anon is Base: " + (anon instanceof Base));
    }
}
