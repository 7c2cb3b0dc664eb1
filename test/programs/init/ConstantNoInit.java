public class ConstantNoInit {
    static class Constants {
        static { System.out.println("  Constants initialized"); }
        static final int INT_CONST = 42;
        static final String STR_CONST = "hello";
        static final long LONG_CONST = 1L << 40;
        static final Integer BOXED = 7; // not a compile-time constant
        static final int COMPUTED = Integer.parseInt("9"); // not a compile-time constant
        static int plain = 3;
    }

    static class ClassLiteral {
        static { System.out.println("  ClassLiteral initialized"); }
    }

    static class ArrayOnly {
        static { System.out.println("  ArrayOnly initialized"); }
    }

    static class ViaInstance {
        static { System.out.println("  ViaInstance initialized"); }
    }

    static class ViaStaticCall {
        static { System.out.println("  ViaStaticCall initialized"); }
        static int f() { return 1; }
    }

    static class ViaStaticPut {
        static { System.out.println("  ViaStaticPut initialized"); }
        static int v;
    }

    static class ViaForName {
        static { System.out.println("  ViaForName initialized"); }
    }

    static class NotViaForName {
        static { System.out.println("  NotViaForName initialized"); }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("read constants:");
        System.out.println(Constants.INT_CONST + " " + Constants.STR_CONST + " " + Constants.LONG_CONST);
        System.out.println("read non-constant static final:");
        System.out.println(Constants.BOXED);
        System.out.println("again: " + Constants.COMPUTED + " " + Constants.plain);
        System.out.println("class literal:");
        Class<?> c = ClassLiteral.class;
        System.out.println("got " + c.getSimpleName());
        System.out.println("array creation:");
        ArrayOnly[] arr = new ArrayOnly[3];
        ArrayOnly[][] arr2 = new ArrayOnly[2][2];
        System.out.println("arrays " + arr.length + " " + arr2.length + " " + arr.getClass().getSimpleName());
        System.out.println("new instance:");
        new ViaInstance();
        System.out.println("static call:");
        ViaStaticCall.f();
        System.out.println("static put:");
        ViaStaticPut.v = 5;
        System.out.println("Class.forName(name, false, loader):");
        Class<?> n = Class.forName("ConstantNoInit$NotViaForName", false, ConstantNoInit.class.getClassLoader());
        System.out.println("loaded " + n.getSimpleName() + " without init");
        System.out.println("Class.forName(name):");
        Class.forName("ConstantNoInit$ViaForName");
        System.out.println("now initializing the class loaded earlier:");
        Class.forName("ConstantNoInit$NotViaForName");
        System.out.println("done");
    }
}
