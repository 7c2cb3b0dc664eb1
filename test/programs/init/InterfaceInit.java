public class InterfaceInit {
    static int trace(String s, int v) {
        System.out.println("  init " + s);
        return v;
    }

    interface Plain {
        int VALUE = trace("Plain.VALUE", 1); // not a constant: initializing Plain runs this
        int CONST = 5; // a constant: reading it does not initialize Plain
        void m();
    }

    interface WithDefault {
        int W = trace("WithDefault.W", 2);
        default void d() {}
    }

    interface SubPlain extends Plain {
        int SUB = trace("SubPlain.SUB", 3);
    }

    static class ImplPlain implements Plain {
        static { System.out.println("  ImplPlain initialized"); }
        public void m() {}
    }

    static class ImplDefault implements WithDefault {
        static { System.out.println("  ImplDefault initialized"); }
    }

    static class ImplSub implements SubPlain {
        static { System.out.println("  ImplSub initialized"); }
        public void m() {}
    }

    interface Lazy {
        int L = trace("Lazy.L", 4);
        static int helper() { return 10; }
    }

    public static void main(String[] args) {
        System.out.println("Plain.CONST (constant):");
        System.out.println(Plain.CONST);
        System.out.println("new ImplPlain() (superinterface without defaults is not initialized):");
        new ImplPlain().m();
        System.out.println("new ImplDefault() (superinterface with a default method is initialized first):");
        new ImplDefault().d();
        System.out.println("new ImplSub():");
        new ImplSub();
        System.out.println("SubPlain.SUB (initializes SubPlain but not Plain):");
        System.out.println(SubPlain.SUB);
        System.out.println("Plain.VALUE:");
        System.out.println(Plain.VALUE);
        System.out.println("ImplSub.VALUE (field of Plain through a class):");
        System.out.println(ImplSub.VALUE);
        System.out.println("Lazy.helper() (static interface method initializes the interface):");
        System.out.println(Lazy.helper());
        System.out.println("done");
    }
}
