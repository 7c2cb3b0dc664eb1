public class Assertions {
    static int sideEffects = 0;

    static boolean check() {
        sideEffects++;
        return false;
    }

    static class Inner {
        static boolean status() { return Inner.class.desiredAssertionStatus(); }
    }

    public static void main(String[] args) {
        // run without -ea: assert statements are not evaluated
        assert check() : "this message is never built";
        assert false;
        System.out.println("asserts skipped, side effects " + sideEffects);
        System.out.println("desiredAssertionStatus " + Assertions.class.desiredAssertionStatus() + " inner " + Inner.status()
                + " String " + String.class.desiredAssertionStatus());
        boolean enabled = false;
        assert enabled = true;
        System.out.println("assertions enabled: " + enabled);
        try {
            throw new AssertionError("explicit AssertionError");
        } catch (AssertionError e) {
            System.out.println("caught " + e.getMessage() + " isError " + (e instanceof Error));
        }
        AssertionError withObject = new AssertionError(42);
        AssertionError withCause = new AssertionError(new RuntimeException("cause"));
        System.out.println("AssertionError(Object): " + withObject.getMessage() + " / (Throwable) message " + withCause.getMessage()
                + " cause " + withCause.getCause().getMessage());
    }
}
