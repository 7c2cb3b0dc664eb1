import java.io.File;
import java.nio.charset.Charset;
import java.util.*;

// System properties and the environment as the VM reports them: the values that hold on any machine are
// printed, the machine-specific ones only checked against each other.
public class PropertiesEnv {
    public static void main(String[] args) {
        String[] stable = {"file.encoding", "file.separator", "path.separator", "line.separator", "java.specification.version",
            "java.specification.name", "java.specification.vendor", "java.vm.specification.version", "java.vm.specification.name",
            "java.class.version", "os.name", "sun.arch.data.model", "sun.cpu.endian", "sun.io.unicode.encoding", "sun.jnu.encoding",
            "native.encoding", "java.io.tmpdir", "user.language", "user.country", "user.variant", "user.script", "jdk.debug",
            "sun.java.launcher", "java.version", "java.vendor", "java.runtime.name", "java.runtime.version", "java.version.date",
            "java.specification.maintenance.version", "user.timezone", "sun.stdout.encoding"};
        for (String k : stable) System.out.println(k + " = " + String.valueOf(System.getProperty(k)).replace("\n", "\\n"));
        System.out.println("java.class.path names the class directory: " + new File(System.getProperty("java.class.path")).isDirectory());
        System.out.println("user.dir is the current directory: " + new File("").getAbsolutePath().equals(System.getProperty("user.dir")));
        System.out.println("java.home has lib/modules: " + new File(System.getProperty("java.home"), "lib/modules").isFile());
        System.out.println("user.home is a directory: " + new File(System.getProperty("user.home")).isDirectory());
        System.out.println("sun.boot.library.path under java.home: " + System.getProperty("sun.boot.library.path").startsWith(System.getProperty("java.home")));
        System.out.println("sun.java.command: " + System.getProperty("sun.java.command"));
        System.out.println("default charset: " + Charset.defaultCharset());
        System.out.println("default locale: " + Locale.getDefault());
        System.setProperty("my.prop", "set at run time");
        System.out.println("my.prop = " + System.getProperty("my.prop") + ", cleared: " + System.clearProperty("my.prop") + " -> " + System.getProperty("my.prop", "default"));
        System.out.println("Integer.getInteger: " + Integer.getInteger("sun.arch.data.model") + " Boolean.getBoolean: " + Boolean.getBoolean("no.such"));

        Map<String, String> env = System.getenv();
        System.out.println("PATH present: " + (System.getenv("PATH") != null) + " same via map: " + Objects.equals(env.get("PATH"), System.getenv("PATH")));
        System.out.println("missing variable: " + System.getenv("TSJVM_SURELY_NOT_SET_123"));
        try {
            env.put("X", "Y");
        } catch (UnsupportedOperationException e) {
            System.out.println("environment is read-only");
        }
        int withEquals = 0;
        for (Map.Entry<String, String> e : env.entrySet()) if (e.getKey().contains("=")) withEquals++;
        System.out.println("names containing '=': " + withEquals);
        Properties copy = new Properties();
        copy.putAll(System.getProperties());
        System.out.println("properties include java.home: " + copy.containsKey("java.home") + ", os.arch non-empty: " + !System.getProperty("os.arch").isEmpty());
        System.out.println("processors >= 1: " + (Runtime.getRuntime().availableProcessors() >= 1));
    }
}
