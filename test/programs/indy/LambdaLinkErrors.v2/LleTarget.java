class LleTarget {
    static String describe(LleBase s) { return "base"; }
}
