public class CustomExceptions {
    static class AppException extends Exception {
        private final int code;
        AppException(String message, int code) { super(message); this.code = code; }
        AppException(String message, int code, Throwable cause) { super(message, cause); this.code = code; }
        int code() { return code; }
    }

    static class NotFound extends AppException {
        NotFound(String what) { super(what + " not found", 404); }
    }

    static class Localized extends RuntimeException {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "localized<" + getMessage() + ">"; }
    }

    static class NoMessage extends RuntimeException {}

    static class CustomToString extends RuntimeException {
        @Override public String toString() { return "CustomToString!"; }
    }

    static class Lightweight extends RuntimeException {
        Lightweight(String m) { super(m, null, false, false); }
    }

    static void find(String key) throws AppException {
        if (key.isEmpty()) throw new AppException("empty key", 400);
        if (!key.equals("present")) throw new NotFound(key);
    }

    public static void main(String[] args) {
        String[] keys = { "present", "", "missing" };
        for (String k : keys) {
            try {
                find(k);
                System.out.println(k + ": ok");
            } catch (NotFound e) {
                System.out.println(k + ": NotFound code=" + e.code() + " msg=" + e.getMessage() + " toString=" + e);
            } catch (AppException e) {
                System.out.println(k + ": AppException code=" + e.code() + " msg=" + e.getMessage());
            }
        }
        Throwable[] ts = { new Localized("hi"), new NoMessage(), new CustomToString(), new AppException("wrapped", 1,
                new NotFound("inner")), new RuntimeException(new IllegalStateException("cause msg")), new Exception((String) null),
                new Error("err"), new Lightweight("light") };
        for (Throwable t : ts) {
            System.out.println(t + " | msg=" + t.getMessage() + " | localized=" + t.getLocalizedMessage() + " | cause="
                    + t.getCause() + " | frames=" + (t.getStackTrace().length > 0));
        }
        Lightweight lw = new Lightweight("x");
        lw.addSuppressed(new RuntimeException("ignored"));
        System.out.println("lightweight suppressed " + lw.getSuppressed().length + " stack " + lw.getStackTrace().length);
        try {
            throw new NoMessage();
        } catch (RuntimeException e) {
            System.out.println("instanceof NoMessage " + (e instanceof NoMessage) + " class " + e.getClass().getName());
        }
    }
}
