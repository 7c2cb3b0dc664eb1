public class UncaughtCustom {
    static class ValidationException extends RuntimeException {
        ValidationException(String field, Throwable cause) {
            super("invalid field '" + field + "'", cause);
        }
    }

    static int parse(String s) {
        return Integer.parseInt(s);
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
