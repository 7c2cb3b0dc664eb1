import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Field;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

// The boot layer, the built-in class loaders and the module descriptors as Java code sees them. With the
// shared archive (-Xshare) these objects come from the archive instead of being built at boot: identities
// (ModuleLayer.empty(), Configuration.empty(), enum constants, java.base's Module and its classes'
// getModule()), service lookup, resource loading and access checks must be as without it.
public class BootModuleGraph {
    static List<String> sorted(Iterable<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) out.add(String.valueOf(o));
        Collections.sort(out);
        return out;
    }

    static String loaderName(ClassLoader l) {
        return l == null ? "bootstrap" : l.getName();
    }

    public static void main(String[] args) throws Exception {
        ModuleLayer boot = ModuleLayer.boot();
        List<String> modules = new ArrayList<>();
        for (Module m : boot.modules()) modules.add(m.getName() + " " + loaderName(m.getClassLoader()));
        Collections.sort(modules);
        System.out.println(modules.size() + " modules in the boot layer");
        for (String m : modules) System.out.println("  " + m);

        System.out.println("parent is the empty layer: " + (boot.parents().get(0) == ModuleLayer.empty()));
        System.out.println("empty layer has no modules: " + ModuleLayer.empty().modules().isEmpty());
        Configuration cf = boot.configuration();
        System.out.println("configuration parent is empty: " + (cf.parents().get(0) == Configuration.empty()));
        Optional<ResolvedModule> sql = cf.findModule("java.sql");
        System.out.println("java.sql resolved: " + sql.isPresent());
        System.out.println("java.sql reads: " + sorted(namesOf(sql.get().reads())));

        Module base = boot.findModule("java.base").get();
        System.out.println("Object's module is java.base: " + (Object.class.getModule() == base));
        System.out.println("String's module is java.base: " + (String.class.getModule() == base));
        System.out.println("int[]'s module is java.base: " + (int[].class.getModule() == base));
        System.out.println("java.base layer is boot: " + (base.getLayer() == boot));
        ModuleDescriptor bd = base.getDescriptor();
        System.out.println("java.base open=" + bd.isOpen() + " automatic=" + bd.isAutomatic()
                + " requires=" + bd.requires().size() + " packages=" + bd.packages().size());
        List<String> unqualified = new ArrayList<>();
        List<String> qualified = new ArrayList<>();
        for (ModuleDescriptor.Exports e : bd.exports()) {
            if (e.isQualified()) qualified.add(e.source() + " to " + sorted(e.targets()));
            else unqualified.add(e.source());
        }
        Collections.sort(unqualified);
        Collections.sort(qualified);
        System.out.println("java.base exports " + unqualified.size() + " packages to all:");
        for (String s : unqualified) System.out.println("  " + s);
        System.out.println("java.base exports " + qualified.size() + " packages to some:");
        for (String s : qualified) System.out.println("  " + s);
        System.out.println("java.base uses " + sorted(bd.uses()).size() + " services");
        List<String> provides = new ArrayList<>();
        for (ModuleDescriptor.Provides p : bd.provides()) provides.add(p.service() + " with " + p.providers());
        Collections.sort(provides);
        System.out.println("java.base provides " + provides);

        // Enum constants of the descriptors are the enum's own constants.
        ModuleDescriptor sd = boot.findModule("java.sql").get().getDescriptor();
        List<String> requires = new ArrayList<>();
        List<String> distinct = new ArrayList<>();
        for (ModuleDescriptor.Requires r : sd.requires()) {
            boolean transitive = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
            boolean mandated = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED);
            requires.add(r.name() + " transitive=" + transitive + " mandated=" + mandated
                    + " modifiers=" + sorted(r.modifiers()));
            for (ModuleDescriptor.Requires.Modifier m : r.modifiers()) {
                if (m != ModuleDescriptor.Requires.Modifier.valueOf(m.name())) distinct.add(r.name() + " " + m);
            }
        }
        Collections.sort(requires);
        Collections.sort(distinct);
        System.out.println("java.sql requires " + requires);
        System.out.println("modifiers that are not the enum's own constants: " + distinct);
        System.out.println("Modifier.values() " + java.util.Arrays.toString(ModuleDescriptor.Requires.Modifier.values()));
        System.out.println("java.sql exports java.sql: " + boot.findModule("java.sql").get().isExported("java.sql"));

        // The built-in loaders and where classes come from.
        ClassLoader app = ClassLoader.getSystemClassLoader();
        System.out.println("system loader " + app.getName() + ", parent " + app.getParent().getName()
                + ", platform " + ClassLoader.getPlatformClassLoader().getName());
        System.out.println("main class loader is app: " + (BootModuleGraph.class.getClassLoader() == app));
        System.out.println("main class module named: " + BootModuleGraph.class.getModule().isNamed());
        System.out.println("main class in app's unnamed module: "
                + (BootModuleGraph.class.getModule() == app.getUnnamedModule()));
        for (String name : new String[] {"java.sql.Connection", "java.util.logging.Logger",
                "javax.script.ScriptEngine", "java.lang.Thread", "com.sun.tools.javac.Main"}) {
            try {
                Class<?> c = Class.forName(name);
                System.out.println(name + ": module " + c.getModule().getName() + ", loader "
                        + loaderName(c.getClassLoader()) + ", package " + c.getPackageName());
            } catch (ClassNotFoundException e) {
                System.out.println(name + ": not found");
            }
        }
        System.out.println("platform finds java.sql.Driver: "
                + (ClassLoader.getPlatformClassLoader().loadClass("java.sql.Driver").getName()));

        // Resources of named modules.
        try (InputStream in = Object.class.getResourceAsStream("/java/lang/Object.class")) {
            System.out.println("Object.class resource: " + (in != null));
        }
        System.out.println("app loader sees java/lang/Object.class: "
                + (app.getResource("java/lang/Object.class") != null));

        // Services from the boot layer.
        List<String> providers = new ArrayList<>();
        for (FileSystemProvider p : FileSystemProvider.installedProviders()) providers.add(p.getScheme());
        Collections.sort(providers);
        System.out.println("file system providers " + providers);

        // Encapsulation: java.base does not open jdk.internal.misc to the unnamed module.
        Field f = Class.forName("jdk.internal.misc.Unsafe").getDeclaredField("theUnsafe");
        try {
            f.setAccessible(true);
            System.out.println("opened?");
        } catch (RuntimeException e) {
            String msg = e.getMessage();
            int at = msg.indexOf(" @");
            System.out.println(e.getClass().getName() + ": " + (at < 0 ? msg : msg.substring(0, at)));
        }
        System.out.println("java.base exports jdk.internal.misc to us: "
                + base.isExported("jdk.internal.misc", BootModuleGraph.class.getModule()));
        System.out.println("java.base opens java.lang to us: "
                + base.isOpen("java.lang", BootModuleGraph.class.getModule()));
        Set<String> basePackages = base.getPackages();
        System.out.println("java.base has java.lang.invoke: " + basePackages.contains("java.lang.invoke"));
    }

    static List<String> namesOf(Set<ResolvedModule> modules) {
        List<String> out = new ArrayList<>();
        for (ResolvedModule m : modules) out.add(m.name());
        return out;
    }
}
