public class StaticMembers {
    static int counter;
    int instanceCounter;
    static final String CONST = "const";
    static final int[] TABLE = { 1, 2, 3 };

    interface Config {
        int SIZE = 4;
        String NAME = "cfg" + SIZE;
        long BIG = 1L << 40;
        double RATIO = 1.5;
    }

    static class Impl implements Config {
        int size() { return SIZE * 2; }
    }

    static class Parent {
        static String id() { return "Parent.id"; }
        String callId() { return id(); }
    }

    static class Child extends Parent {
        static String id() { return "Child.id"; }
    }

    StaticMembers() {
        counter++;
        instanceCounter++;
    }

    static synchronized int bump() { return ++counter; }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) new StaticMembers();
        StaticMembers s = new StaticMembers();
        System.out.println("counter " + counter + " instance " + s.instanceCounter + " via instance " + s.counter);
        System.out.println(bump() + " " + StaticMembers.bump());
        TABLE[0] = 100;
        System.out.println(CONST + " " + TABLE[0] + " " + TABLE.length);
        System.out.println(Config.SIZE + " " + Config.NAME + " " + Config.BIG + " " + Config.RATIO + " " + new Impl().size()
                + " " + Impl.NAME);
        Parent p = new Child();
        System.out.println(p.id() + " " + Child.id() + " " + p.callId() + " " + ((Child) p).id());
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            counter += i;
            sum += counter;
        }
        System.out.println("static field loop " + counter + " " + sum);
        System.out.println("Integer.MAX_VALUE via static: " + Integer.MAX_VALUE + " Long.SIZE " + Long.SIZE + " Double.BYTES "
                + Double.BYTES + " Character.MAX_RADIX " + Character.MAX_RADIX);
    }
}
