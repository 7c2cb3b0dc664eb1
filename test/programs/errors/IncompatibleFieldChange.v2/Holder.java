class Holder {
    int shared = 7;
    static int own = 8;
}
