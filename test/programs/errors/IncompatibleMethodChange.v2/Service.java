class Service {
    String create() { return "created"; }
    static String process() { return "processed"; }
    String name() { return "service v2"; }
}
