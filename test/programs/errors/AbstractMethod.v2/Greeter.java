interface Greeter {
    String greet();
    default String farewell() { return "bye (v2)"; }
}
