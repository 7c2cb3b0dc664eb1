public class InstantiationErrors {
    interface Call { Object run(); }

    static void attempt(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("new of a class that became abstract", new Call() { public Object run() { return new Product().name(); } });
        attempt("subclass still instantiable", new Call() { public Object run() { return new Special().name(); } });
        attempt("static method of abstract class", new Call() { public Object run() { return Product.kind(); } });
    }
}

class Product {
    String name() { return "product"; }
    static String kind() { return "kind"; }
}

class Special extends Product {
    @Override String name() { return "special"; }
}
