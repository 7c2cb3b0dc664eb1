interface Widget {
    int id();
    static int version() { return 2; }
}
