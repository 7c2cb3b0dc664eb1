public class StringFormat {
    public static void main(String[] args) {
        System.out.println(String.format("int %d, neg %d, padded [%5d], left [%-5d], zero [%05d], plus %+d, comma %,d", 42, -42, 42,
                42, 42, 42, 1234567));
        System.out.println(String.format("long %d, max %d, hex %x, HEX %X, octal %o, neg hex %x", 123456789012L, Long.MAX_VALUE, 255,
                255, 8, -1));
        System.out.println(String.format("str [%s] [%10s] [%-10s] [%.3s] null %s, bool %b %b %B", "abc", "right", "left",
                "truncate", null, true, null, "x"));
        System.out.println(String.format("char %c %c %C", 'a', 66, 'z'));
        System.out.println(String.format("float %f %.2f [%8.3f] [%-8.1f] %e %.3E %g %a", 3.14159, 2.675, -1.5, 9.99, 12345.678,
                0.000123, 0.0001, 1.0));
        System.out.println(String.format("round half %.0f %.0f %.0f %.1f %.2f %.3f", 0.5, 1.5, 2.5, 0.05, 1.005, 1.0005));
        System.out.println(String.format("special %f %f %f %.2f %e", Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e20, 0.0));
        System.out.println(String.format("big %.10f %f %.15e", Math.PI, 1e15, Math.E));
        System.out.println(String.format("percent %% newline%n-> indexed %2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("[%08.3f] [%(d] [%(.2f] [% d] [%#x] [%#o]", -3.14159, -5, -2.5, 7, 255, 8));
        System.out.println(String.format("hash %h %h", "hi", 17));
        System.out.printf("printf %s=%d%n", "x", 10);
        System.out.println(String.format("%s %s %s", new int[0].length, java.util.Arrays.asList(1, 2), 'c'));
        System.out.println("formatted: " + "%d-%s".formatted(1, "one"));
        System.out.println(String.format("%,.2f %,d", 1234567.891, -9876543));
        StringBuilder sb = new StringBuilder();
        java.util.Formatter f = new java.util.Formatter(sb);
        f.format("%3d|", 1).format("%-3d|", 2).format("%03d", 3);
        System.out.println("Formatter: " + sb);
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("bad format: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("missing arg: " + e.getClass().getName() + ": " + e.getMessage());
        }
        for (int i = 0; i < 5; i++) {
            System.out.println(String.format("| %-6s | %6.2f | %3d%% |", "row" + i, i * 1.25, i * 25));
        }
    }
}
