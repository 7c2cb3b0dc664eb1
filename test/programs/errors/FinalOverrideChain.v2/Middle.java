class Middle extends Root {
    final int size() { return 1; }
}
