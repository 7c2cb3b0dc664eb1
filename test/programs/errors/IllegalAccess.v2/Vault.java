class Vault {
    private static int count = 1;
    private int gold = 100;
    final String label = "vault";
    Vault() {}
    private Vault(int x) {}
    private String open() { return "opened"; }
    private static String code() { return "1234"; }
    String describe() { return "a vault (v2) " + count + gold; }
}
