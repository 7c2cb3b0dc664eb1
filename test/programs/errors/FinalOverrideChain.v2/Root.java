class Root {
    final String name() { return "root"; }
    static final String make() { return "root-made"; }
    private final String secret() { return "root-secret"; }
    String callSecret() { return secret(); }
}
