// Classes whose supertypes changed incompatibly: loading them fails.
public class InheritanceErrors {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("superclass became final", new Call() { public Object run() { return new SubOfFinal(); } });
        attempt("superinterface became a class", new Call() { public Object run() { return new ImplOfClass(); } });
        attempt("superclass became an interface", new Call() { public Object run() { return new SubOfInterface(); } });
        attempt("overrides a method that became final", new Call() { public Object run() { return new OverridesFinal().value(); } });
        attempt("same failure again", new Call() { public Object run() { return new SubOfFinal(); } });
        attempt("unaffected class", new Call() { public Object run() { return new Fine().value(); } });
    }
}

class Sealedish {}

class SubOfFinal extends Sealedish {}

interface Contract {}

class ImplOfClass implements Contract {}

class BaseClass {}

class SubOfInterface extends BaseClass {}

class WithMethod {
    int value() { return 1; }
}

class OverridesFinal extends WithMethod {
    @Override int value() { return 2; }
}

class Fine extends WithMethod {}
