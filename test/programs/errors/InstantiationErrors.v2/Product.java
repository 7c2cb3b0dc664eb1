abstract class Product {
    String name() { return "product v2"; }
    static String kind() { return "kind v2"; }
}
