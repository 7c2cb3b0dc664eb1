public class SubclassInit {
    static class Super {
        static { System.out.println("  Super initialized"); }
        static int superField = 1;
        static void superMethod() { System.out.println("  Super.superMethod"); }
    }

    static class Sub extends Super {
        static { System.out.println("  Sub initialized"); }
        static int subField = 2;
    }

    static class SubSub extends Sub {
        static { System.out.println("  SubSub initialized"); }
    }

    static class A {
        static { System.out.println("  A initialized"); }
    }

    static class B extends A {
        static { System.out.println("  B initialized"); }
    }

    static class C extends B {
        static { System.out.println("  C initialized"); }
        static int c = 3;
    }

    public static void main(String[] args) {
        System.out.println("Sub.superField (field declared in Super, referenced via Sub):");
        System.out.println(Sub.superField);
        System.out.println("SubSub.superMethod():");
        SubSub.superMethod();
        System.out.println("Sub.subField:");
        System.out.println(Sub.subField);
        System.out.println("new SubSub():");
        new SubSub();
        System.out.println("C.c (initializes A, B, C in order):");
        System.out.println(C.c);
        System.out.println("done");
    }
}
