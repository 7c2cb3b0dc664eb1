class WithMethod {
    final int value() { return 10; }
}
