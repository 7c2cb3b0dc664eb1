// An uncaught NullPointerException: the helpful message appears in the default handler's stack trace.
public class Uncaught {
    static class Holder {
        int[] data;
    }

    static int read(Holder h, int i) {
        return h.data[i];
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(read(new Holder(), 3));
        System.out.println("not reached");
    }
}
