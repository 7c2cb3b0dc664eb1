public class EnumAbstract {
    enum Operation {
        PLUS {
            int apply(int a, int b) { return a + b; }
        },
        MINUS {
            int apply(int a, int b) { return a - b; }
        },
        TIMES {
            int apply(int a, int b) { return a * b; }
            @Override String describe() { return "multiplication"; }
        },
        DIVIDE {
            int apply(int a, int b) { return a / b; }
        };

        abstract int apply(int a, int b);
        String describe() { return name().toLowerCase(); }
    }

    interface Shape { double area(double size); }

    enum Shapes implements Shape {
        SQUARE { public double area(double s) { return s * s; } },
        CIRCLE { public double area(double s) { return Math.PI * s * s; } },
        TRIANGLE { public double area(double s) { return Math.sqrt(3) / 4 * s * s; } };
    }

    enum State {
        IDLE { State next(char c) { return c == 's' ? RUNNING : IDLE; } },
        RUNNING { State next(char c) { return c == 'p' ? PAUSED : c == 'x' ? STOPPED : RUNNING; } },
        PAUSED { State next(char c) { return c == 's' ? RUNNING : c == 'x' ? STOPPED : PAUSED; } },
        STOPPED { State next(char c) { return STOPPED; } };
        abstract State next(char c);
    }

    public static void main(String[] args) {
        for (Operation op : Operation.values()) {
            System.out.println(op + " (" + op.describe() + "): " + op.apply(12, 4) + " class=" + op.getClass().getName()
                    + " declaring=" + op.getDeclaringClass().getName() + " anon=" + op.getClass().isAnonymousClass() + " isEnum="
                    + op.getClass().isEnum());
        }
        try {
            Operation.DIVIDE.apply(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("DIVIDE by zero: " + e.getMessage());
        }
        for (Shapes s : Shapes.values()) System.out.println(s + " area(2) = " + s.area(2));
        State st = State.IDLE;
        StringBuilder trace = new StringBuilder(st.toString());
        for (char c : "aspspxs".toCharArray()) {
            st = st.next(c);
            trace.append(" -").append(c).append("-> ").append(st);
        }
        System.out.println(trace);
        System.out.println("valueOf with body: " + Operation.valueOf("TIMES").apply(6, 7) + " getEnumConstants length "
                + Operation.class.getEnumConstants().length);
    }
}
