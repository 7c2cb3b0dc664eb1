import java.io.PrintWriter;
import java.io.StringWriter;

// When the message is computed: lazily on getMessage, once; fillInStackTrace again computes it first;
// toString, getLocalizedMessage and printStackTrace show it; explicit NPEs keep null or their text.
public class MessageLifecycle {
    static String s;

    static NullPointerException catchOne() {
        try {
            s.length();
        } catch (NullPointerException e) {
            return e;
        }
        return null;
    }

    static class Wrapped extends NullPointerException {
        @Override
        public String getMessage() {
            return "wrapped: " + super.getMessage();
        }
    }

    public static void main(String[] args) {
        NullPointerException e = catchOne();
        System.out.println("1 " + e.getMessage());
        System.out.println("2 " + e.getMessage());
        System.out.println("3 " + e.getLocalizedMessage());
        System.out.println("4 " + e);

        NullPointerException refilled = catchOne();
        refilled.fillInStackTrace();
        System.out.println("5 " + refilled.getMessage());

        NullPointerException twice = catchOne();
        twice.fillInStackTrace();
        twice.fillInStackTrace();
        System.out.println("6 " + twice.getMessage());

        NullPointerException reset = catchOne();
        reset.setStackTrace(new StackTraceElement[0]);
        System.out.println("7 " + reset.getMessage() + " / " + reset.getStackTrace().length);

        StringWriter sw = new StringWriter();
        catchOne().printStackTrace(new PrintWriter(sw, true));
        System.out.println("8 " + sw.toString().split("\n")[0].trim());

        System.out.println("9 " + new NullPointerException().getMessage());
        System.out.println("10 " + new NullPointerException("given").getMessage());
        System.out.println("11 " + new NullPointerException(null).getMessage());
        System.out.println("12 " + new Wrapped().getMessage());

        try {
            Object o = null;
            o.toString();
        } catch (NullPointerException caught) {
            RuntimeException wrapper = new RuntimeException("outer", caught);
            System.out.println("13 " + wrapper.getCause().getMessage());
            StackTraceElement top = caught.getStackTrace()[0];
            System.out.println("14 " + top.getMethodName() + " " + (top.getLineNumber() > 0));
        }
        NullPointerException created = new NullPointerException();
        created.fillInStackTrace();
        System.out.println("15 " + created.getMessage());
    }
}
