public class SystemProperties {
    public static void main(String[] args) {
        String ls = System.getProperty("line.separator");
        System.out.println("line.separator length " + ls.length() + " code " + (int) ls.charAt(0) + " lineSeparator() equal "
                + ls.equals(System.lineSeparator()));
        System.out.println("file.separator " + System.getProperty("file.separator") + " path.separator "
                + System.getProperty("path.separator"));
        System.out.println("java.specification.version " + System.getProperty("java.specification.version"));
        System.out.println("java.vm.specification.version " + System.getProperty("java.vm.specification.version"));
        System.out.println("java.class.version " + System.getProperty("java.class.version"));
        System.out.println("java.specification.name " + System.getProperty("java.specification.name"));
        System.out.println("missing " + System.getProperty("no.such.property") + " with default "
                + System.getProperty("no.such.property", "fallback"));
        System.setProperty("tsjvm.test.key", "value1");
        System.out.println("set/get " + System.getProperty("tsjvm.test.key") + " clear returns " + System.clearProperty("tsjvm.test.key")
                + " after clear " + System.getProperty("tsjvm.test.key"));
        System.out.println("java.home set " + (System.getProperty("java.home") != null) + " user.dir set "
                + (System.getProperty("user.dir") != null) + " java.version starts with 17 "
                + System.getProperty("java.version", "").startsWith("17"));
        System.out.println("Runtime.version().feature() " + Runtime.version().feature());
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
        System.out.println("Integer.getInteger missing " + Integer.getInteger("no.such.int", 5) + " Boolean.getBoolean "
                + Boolean.getBoolean("no.such.bool"));
    }
}
