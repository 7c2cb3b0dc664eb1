/**
 * Method dispatch: virtual calls through an abstract class hierarchy (with overriding, super
 * calls and final methods), interface calls across six implementations (including a default
 * method), at monomorphic, bimorphic and megamorphic call sites.
 * Measures: invokevirtual / invokeinterface / invokespecial resolution and call overhead.
 * args[0] = number of passes over the object arrays (work is linear in it).
 */
public class Dispatch {
    interface Op {
        int apply(int x);

        default int twice(int x) {
            return apply(apply(x));
        }
    }

    interface Named {
        int tag();
    }

    abstract static class Shape implements Named {
        final int size;

        Shape(int size) {
            this.size = size;
        }

        abstract int area();

        int perimeter() {
            return 4 * size;
        }

        final int describe() {
            return area() * 3 + perimeter();
        }
    }

    static final class Square extends Shape {
        Square(int s) {
            super(s);
        }

        @Override
        int area() {
            return size * size;
        }

        @Override
        public int tag() {
            return 1;
        }
    }

    static class Rect extends Shape {
        final int h;

        Rect(int w, int h) {
            super(w);
            this.h = h;
        }

        @Override
        int area() {
            return size * h;
        }

        @Override
        int perimeter() {
            return 2 * (size + h);
        }

        @Override
        public int tag() {
            return 2;
        }
    }

    static final class Box extends Rect {
        final int d;

        Box(int w, int h, int d) {
            super(w, h);
            this.d = d;
        }

        @Override
        int area() {
            return 2 * (super.area() + size * d + h * d);
        }

        @Override
        public int tag() {
            return 3;
        }
    }

    static final class Tri extends Shape {
        Tri(int s) {
            super(s);
        }

        @Override
        int area() {
            return (size * size) >> 1;
        }

        @Override
        int perimeter() {
            return 3 * size;
        }

        @Override
        public int tag() {
            return 4;
        }
    }

    static final class Circle extends Shape {
        Circle(int r) {
            super(r);
        }

        @Override
        int area() {
            return (355 * size * size) / 113;
        }

        @Override
        int perimeter() {
            return (710 * size) / 113;
        }

        @Override
        public int tag() {
            return 5;
        }
    }

    static final class AddOp implements Op {
        final int k;

        AddOp(int k) {
            this.k = k;
        }

        @Override
        public int apply(int x) {
            return x + k;
        }
    }

    static final class MulOp implements Op {
        @Override
        public int apply(int x) {
            return x * 31;
        }
    }

    static final class XorOp implements Op {
        @Override
        public int apply(int x) {
            return x ^ (x >>> 7);
        }
    }

    static final class NegOp implements Op {
        @Override
        public int apply(int x) {
            return -x;
        }

        @Override
        public int twice(int x) {
            return x;
        }
    }

    static final class RotOp implements Op {
        @Override
        public int apply(int x) {
            return Integer.rotateLeft(x, 5);
        }
    }

    static final class ShapeOp implements Op, Named {
        final Shape shape;

        ShapeOp(Shape s) {
            shape = s;
        }

        @Override
        public int apply(int x) {
            return x + shape.describe();
        }

        @Override
        public int tag() {
            return 6;
        }
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 120000;
        Shape[] shapes = new Shape[64];
        for (int i = 0; i < shapes.length; i++) {
            int s = 1 + (i * 7) % 13;
            switch (i % 5) {
                case 0:
                    shapes[i] = new Square(s);
                    break;
                case 1:
                    shapes[i] = new Rect(s, s + 2);
                    break;
                case 2:
                    shapes[i] = new Box(s, s + 1, s + 3);
                    break;
                case 3:
                    shapes[i] = new Tri(s);
                    break;
                default:
                    shapes[i] = new Circle(s);
            }
        }
        Op[] ops = new Op[60];
        for (int i = 0; i < ops.length; i++) {
            switch (i % 6) {
                case 0:
                    ops[i] = new AddOp(i);
                    break;
                case 1:
                    ops[i] = new MulOp();
                    break;
                case 2:
                    ops[i] = new XorOp();
                    break;
                case 3:
                    ops[i] = new NegOp();
                    break;
                case 4:
                    ops[i] = new RotOp();
                    break;
                default:
                    ops[i] = new ShapeOp(shapes[i]);
            }
        }
        Named[] named = new Named[shapes.length + 10];
        for (int i = 0; i < named.length; i++) {
            named[i] = i < shapes.length ? shapes[i] : new ShapeOp(shapes[i - shapes.length]);
        }
        Square mono = new Square(3);
        Shape bi0 = new Square(5);
        Shape bi1 = new Tri(6);

        long total = 0;
        int x = 1;
        for (int p = 0; p < passes; p++) {
            // megamorphic virtual calls
            for (Shape s : shapes) {
                total += s.area();
                total += s.describe();
            }
            // megamorphic interface calls (including the default method)
            for (Op op : ops) {
                x = op.apply(x);
                x = op.twice(x);
            }
            for (Named n : named) {
                total += n.tag();
            }
            // monomorphic and bimorphic sites
            total += mono.area() + mono.perimeter();
            total += (p & 1) == 0 ? bi0.area() : bi1.area();
        }
        System.out.println("x " + x);
        System.out.println("passes " + passes + " checksum " + Long.toHexString(total * 31 + x));
    }
}
