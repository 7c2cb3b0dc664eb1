class Helper {
    Helper() {}
    String kept() { return "still here (v2)"; }
    long size() { return 2; }
    double scale(float f) { return f; }
    String join(String[] a, int[] b) { return "joined"; }
}
