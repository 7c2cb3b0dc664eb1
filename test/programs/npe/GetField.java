// getfield on null references from every kind of source.
public class GetField {
    static class Point {
        int x;
        long y;
        double z;
        String label;
        Point next;
        Point[] neighbours;
        static Point origin;

        Point(int x) {
            this.x = x;
        }

        Point peek() {
            return next;
        }

        int nextX() {
            return next.x;
        }
    }

    Point field;
    static Point staticPoint;

    static Point none() {
        return null;
    }

    static int fromParameter(Point p) {
        return p.x;
    }

    static long longFromParameter(int a, long b, Point p) {
        return p.y + a + b;
    }

    int fromThisField() {
        return field.x;
    }

    public static void main(String[] args) {
        Point p = new Point(1);
        Point q = null;
        Point[] ps = new Point[3];
        GetField self = new GetField();
        for (int c = 0; c < 16; c++) {
            try {
                switch (c) {
                    case 0:
                        System.out.println(q.x);
                        break;
                    case 1:
                        System.out.println(q.y);
                        break;
                    case 2:
                        System.out.println(q.z);
                        break;
                    case 3:
                        System.out.println(p.next.label);
                        break;
                    case 4:
                        System.out.println(fromParameter(null));
                        break;
                    case 5:
                        System.out.println(longFromParameter(1, 2L, null));
                        break;
                    case 6:
                        System.out.println(staticPoint.x);
                        break;
                    case 7:
                        System.out.println(Point.origin.label);
                        break;
                    case 8:
                        System.out.println(none().x);
                        break;
                    case 9:
                        System.out.println(ps[1].x);
                        break;
                    case 10:
                        System.out.println(self.fromThisField());
                        break;
                    case 11:
                        System.out.println(p.nextX());
                        break;
                    case 12:
                        System.out.println(p.peek().x);
                        break;
                    case 13:
                        System.out.println(p.neighbours[0].x);
                        break;
                    case 14:
                        System.out.println(self.field.next.x);
                        break;
                    default:
                        System.out.println(((Point) null).label);
                        break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
