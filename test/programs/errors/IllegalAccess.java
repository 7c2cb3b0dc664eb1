public class IllegalAccess {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        final Vault v = new Vault();
        attempt("method became private", new Call() { public Object run() { return v.open(); } });
        attempt("static method became private", new Call() { public Object run() { return Vault.code(); } });
        attempt("field became private", new Call() { public Object run() { return v.gold; } });
        attempt("static field became private", new Call() { public Object run() { return Vault.count; } });
        attempt("write to a field that became final", new Call() { public Object run() { v.label = "changed"; return v.label; } });
        attempt("constructor became private", new Call() { public Object run() { return new Vault(1); } });
        attempt("still public", new Call() { public Object run() { return v.describe(); } });
    }
}

class Vault {
    static int count = 1;
    int gold = 100;
    String label = "vault";
    Vault() {}
    Vault(int x) {}
    String open() { return "opened"; }
    static String code() { return "1234"; }
    String describe() { return "a vault"; }
}
