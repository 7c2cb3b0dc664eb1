class LleTarget {
    String echo(String s) { return s; }
    static String describe(LleBase s) { return "base"; }
}
