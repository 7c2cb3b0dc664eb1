class Animal {
    String name() {
        return "animal";
    }

    int legs() {
        return 4;
    }
}
