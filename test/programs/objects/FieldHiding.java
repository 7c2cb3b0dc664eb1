public class FieldHiding {
    static class A {
        String name = "A.name";
        static String sname = "A.sname";
        int x = 1;
        String getName() { return name; }
        int getX() { return x; }
    }

    static class B extends A {
        String name = "B.name";
        static String sname = "B.sname";
        int x = 2;
        @Override String getName() { return name; }
        String superName() { return super.name; }
        int sum() { return x + super.x + ((A) this).x; }
    }

    static class C extends B {
        int x = 3;
        String all() { return x + " " + super.x + " " + ((A) this).x + " " + ((B) this).x; }
    }

    interface I { int K = 10; }
    static class D implements I { static int K = 20; int k() { return K + I.K; } }

    public static void main(String[] args) {
        B b = new B();
        A ab = b;
        System.out.println(b.name + " " + ab.name + " " + b.getName() + " " + ab.getName() + " " + b.superName());
        System.out.println(b.x + " " + ab.x + " " + b.getX() + " " + b.sum());
        System.out.println(B.sname + " " + A.sname);
        C c = new C();
        System.out.println(c.all());
        c.x = 30;
        ((B) c).x = 20;
        ((A) c).x = 10;
        System.out.println(c.all() + " getX=" + c.getX());
        System.out.println(new D().k() + " " + D.K + " " + I.K);
        A nullA = null;
        System.out.println("static via null reference: " + nullA.sname);
    }
}
