public class AbstractClasses {
    static abstract class Shape {
        private static int created;
        protected final String label;
        Shape(String label) { this.label = label; created++; }
        abstract double area();
        abstract double perimeter();
        String describe() { return label + " area=" + fmt(area()) + " perimeter=" + fmt(perimeter()); }
        static String fmt(double d) { return String.valueOf(Math.round(d * 1000) / 1000.0); }
    }

    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this("rect", w, h); }
        protected Rect(String label, double w, double h) { super(label); this.w = w; this.h = h; }
        double area() { return w * h; }
        double perimeter() { return 2 * (w + h); }
    }

    static class Square extends Rect {
        Square(double s) { super("square", s, s); }
        @Override String describe() { return "[" + super.describe() + "]"; }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        double area() { return Math.PI * r * r; }
        double perimeter() { return 2 * Math.PI * r; }
    }

    static abstract class Template {
        final String run() { return "<" + step1() + "," + step2() + "," + hook() + ">"; }
        protected abstract String step1();
        protected abstract String step2();
        protected String hook() { return "default-hook"; }
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(3, 4), new Square(2.5), new Circle(1), new Circle(0.5), new Rect(0, 7) };
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total area " + Shape.fmt(total) + " created " + Shape.created);
        Template t = new Template() {
            protected String step1() { return "one"; }
            protected String step2() { return "two"; }
        };
        Template t2 = new Template() {
            protected String step1() { return "uno"; }
            protected String step2() { return "dos"; }
            @Override protected String hook() { return "custom"; }
        };
        System.out.println(t.run() + " " + t2.run());
        System.out.println("abstract? " + java.lang.reflect.Modifier.isAbstract(Shape.class.getModifiers()) + " "
                + java.lang.reflect.Modifier.isAbstract(Rect.class.getModifiers()));
    }
}
