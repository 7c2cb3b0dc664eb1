// Lambda and method-reference sites whose classes changed after compilation (LambdaLinkErrors.v2): the
// functional interface became a class, the implementation method became an instance method or vanished,
// the receiver's class no longer extends the implementation's, a captured parameter changed type. Each
// site fails to link with the JDK metafactory's error (BootstrapMethodError and its cause), and again the
// same way when evaluated a second time; a valid site between them still works.
import java.util.function.*;

public class LambdaLinkErrors {
    static void attempt(String what, Supplier<Object> site) {
        for (int i = 0; i < 2; i++) {
            try {
                Object r = site.get();
                System.out.println(what + ": linked " + (r != null));
            } catch (Throwable t) {
                System.out.println(what + ": " + t);
                for (Throwable c = t.getCause(); c != null; c = c.getCause()) System.out.println("  caused by " + c);
            }
        }
    }

    public static void main(String[] args) {
        attempt("interface became class", () -> { LleShape s = () -> 1; return s; });
        attempt("static became instance", () -> { Function<String, String> f = LleTarget::echo; return f; });
        attempt("method vanished", () -> { Function<String, String> f = LleTarget::gone; return f; });
        attempt("valid", () -> { Function<String, String> f = String::trim; return f.apply(" ok "); });
        attempt("receiver not a subtype", () -> { Function<LleSub, String> f = LleBase::name; return f; });
        attempt("captured type changed", () -> { LleBox b = new LleBox(); Supplier<String> f = b::label; return f.get(); });
        attempt("parameter type changed", () -> { Function<LleSub, String> f = LleTarget::describe; return f; });
    }
}

interface LleShape { int area(); }

class LleTarget {
    static String echo(String s) { return s; }
    static String gone(String s) { return s; }
    static String describe(LleSub s) { return "sub"; }
}

class LleBase { String name() { return "base"; } }

class LleSub extends LleBase {}

class LleBox { String label() { return "box"; } }
