public class UncaughtCustom {
    static class ValidationException extends RuntimeException {
        ValidationException(String field, Throwable cause) {
            super("invalid field '" + field + "'", cause);
        }
    }

    // a hand-written parser, so that the stack trace has no class-library frames
    static int parse(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException("For input string: \"" + s + "\"");
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static void validate(String field, String value) {
        try {
            parse(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, e);
        }
    }

    public static void main(String[] args) {
        validate("age", "42");
        System.out.println("age ok");
        try {
            validate("height", "tall");
        } finally {
            System.out.println("finally runs before the uncaught exception is reported");
        }
    }
}
