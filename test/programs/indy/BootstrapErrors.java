// invokedynamic and dynamic constants whose bootstrap methods fail, in class files assembled here
// (javac never emits a failing bootstrap): BootstrapMethodError wrapping, errors passed through,
// failures that repeat, bad CallSite results, and bootstrap arguments of every constant kind.
import java.io.*;
import java.lang.invoke.*;
import java.util.*;

public class BootstrapErrors {
    // ---- a tiny class file assembler ----
    static final class ClassWriter {
        final ByteArrayOutputStream pool = new ByteArrayOutputStream();
        final DataOutputStream cp = new DataOutputStream(pool);
        final Map<String, Integer> entries = new HashMap<>();
        int count = 1;
        final List<byte[]> methods = new ArrayList<>();
        final List<byte[]> bsms = new ArrayList<>();

        int entry(String key, int slots, IOAction write) throws IOException {
            Integer known = entries.get(key);
            if (known != null) return known;
            write.run(cp);
            int index = count;
            count += slots;
            entries.put(key, index);
            return index;
        }
        interface IOAction { void run(DataOutputStream out) throws IOException; }

        int utf8(String s) throws IOException { return entry("U" + s, 1, o -> { o.writeByte(1); o.writeUTF(s); }); }
        int cls(String name) throws IOException { int n = utf8(name); return entry("C" + name, 1, o -> { o.writeByte(7); o.writeShort(n); }); }
        int str(String s) throws IOException { int n = utf8(s); return entry("S" + s, 1, o -> { o.writeByte(8); o.writeShort(n); }); }
        int integer(int v) throws IOException { return entry("I" + v, 1, o -> { o.writeByte(3); o.writeInt(v); }); }
        int lng(long v) throws IOException { return entry("J" + v, 2, o -> { o.writeByte(5); o.writeLong(v); }); }
        int flt(float v) throws IOException { return entry("F" + v, 1, o -> { o.writeByte(4); o.writeFloat(v); }); }
        int dbl(double v) throws IOException { return entry("D" + v, 2, o -> { o.writeByte(6); o.writeDouble(v); }); }
        int nat(String name, String desc) throws IOException {
            int n = utf8(name), d = utf8(desc);
            return entry("N" + name + desc, 1, o -> { o.writeByte(12); o.writeShort(n); o.writeShort(d); });
        }
        int methodref(String owner, String name, String desc) throws IOException {
            int c = cls(owner), nt = nat(name, desc);
            return entry("M" + owner + name + desc, 1, o -> { o.writeByte(10); o.writeShort(c); o.writeShort(nt); });
        }
        int methodHandle(int kind, int ref) throws IOException {
            return entry("H" + kind + ":" + ref, 1, o -> { o.writeByte(15); o.writeByte(kind); o.writeShort(ref); });
        }
        int methodType(String desc) throws IOException { int d = utf8(desc); return entry("T" + desc, 1, o -> { o.writeByte(16); o.writeShort(d); }); }
        int bootstrap(int mh, int... args) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(b);
            o.writeShort(mh);
            o.writeShort(args.length);
            for (int a : args) o.writeShort(a);
            bsms.add(b.toByteArray());
            return bsms.size() - 1;
        }
        int indy(int bsm, String name, String desc) throws IOException {
            int nt = nat(name, desc);
            return entry("Y" + bsm + name + desc, 1, o -> { o.writeByte(18); o.writeShort(bsm); o.writeShort(nt); });
        }
        int condy(int bsm, String name, String desc) throws IOException {
            int nt = nat(name, desc);
            return entry("Q" + bsm + name + desc, 1, o -> { o.writeByte(17); o.writeShort(bsm); o.writeShort(nt); });
        }
        void method(String name, String desc, int maxStack, int maxLocals, byte[] code) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(b);
            o.writeShort(0x0009);
            o.writeShort(utf8(name));
            o.writeShort(utf8(desc));
            o.writeShort(1);
            o.writeShort(utf8("Code"));
            o.writeInt(12 + code.length);
            o.writeShort(maxStack);
            o.writeShort(maxLocals);
            o.writeInt(code.length);
            o.write(code);
            o.writeShort(0);
            o.writeShort(0);
            methods.add(b.toByteArray());
        }
        byte[] finish(String name) throws IOException {
            int thisClass = cls(name), superClass = cls("java/lang/Object"), bsmAttr = utf8("BootstrapMethods");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(b);
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(55);
            o.writeShort(count);
            o.write(pool.toByteArray());
            o.writeShort(0x0021);
            o.writeShort(thisClass);
            o.writeShort(superClass);
            o.writeShort(0);
            o.writeShort(0);
            o.writeShort(methods.size());
            for (byte[] m : methods) o.write(m);
            o.writeShort(bsms.isEmpty() ? 0 : 1);
            if (!bsms.isEmpty()) {
                int len = 2;
                for (byte[] bm : bsms) len += bm.length;
                o.writeShort(bsmAttr);
                o.writeInt(len);
                o.writeShort(bsms.size());
                for (byte[] bm : bsms) o.write(bm);
            }
            return b.toByteArray();
        }
    }

    static final String SELF = "BootstrapErrors";
    static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
    static final String INDY_BSM = "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";
    static final String OBJ_BSM = "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/Object;";
    static final String CONDY_BSM = "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;";
    static int generated;

    /** A class with `static Object run()` that is `invokedynamic name ()Object` with bootstrap SELF.bsm. */
    static Class<?> indyClass(String bsm, String bsmDesc) throws Exception {
        ClassWriter w = new ClassWriter();
        int mh = w.methodHandle(6, w.methodref(SELF, bsm, bsmDesc));
        int site = w.indy(w.bootstrap(mh), "site", "()Ljava/lang/Object;");
        w.method("run", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xba, (byte) (site >> 8), (byte) site, 0, 0, (byte) 0xb0});
        return define(w);
    }

    static Class<?> condyClass(String bsm, String type) throws Exception {
        ClassWriter w = new ClassWriter();
        int mh = w.methodHandle(6, w.methodref(SELF, bsm, CONDY_BSM));
        int k = w.condy(w.bootstrap(mh), "konst", type);
        w.method("run", "()" + type, 2, 0, new byte[] {0x13, (byte) (k >> 8), (byte) k, (byte) (type.startsWith("L") ? 0xb0 : 0xac)});
        return define(w);
    }

    static Class<?> define(ClassWriter w) throws Exception {
        String name = "Gen" + (++generated);
        return MethodHandles.lookup().defineClass(w.finish(name));
    }

    static Object run(Class<?> c) throws Throwable {
        return MethodHandles.lookup().findStatic(c, "run", MethodType.methodType(Object.class)).invoke();
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName() + ": " + t.getMessage());
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) sb.append("\n    caused by ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        return sb.toString();
    }

    static void attempt(String label, Class<?> c, int times) {
        Throwable first = null;
        for (int i = 0; i < times; i++) {
            try {
                System.out.println(label + " #" + i + " -> " + run(c));
            } catch (Throwable t) {
                System.out.println(label + " #" + i + " threw " + describe(t) + (first == null ? "" : "\n    same object: " + (first == t)));
                if (first == null) first = t;
            }
        }
    }

    // ---- bootstrap methods ----
    static int calls;
    public static CallSite good(MethodHandles.Lookup l, String name, MethodType type) {
        calls++;
        return new ConstantCallSite(MethodHandles.constant(Object.class, "linked " + name + " " + type + " from " + l.lookupClass().getName().startsWith("Gen")));
    }
    public static CallSite throwsRuntime(MethodHandles.Lookup l, String name, MethodType type) {
        calls++;
        throw new IllegalStateException("bootstrap refused " + name);
    }
    public static CallSite throwsError(MethodHandles.Lookup l, String name, MethodType type) {
        calls++;
        throw new AssertionError("bootstrap assertion " + calls);
    }
    public static CallSite throwsLinkage(MethodHandles.Lookup l, String name, MethodType type) {
        calls++;
        throw new IncompatibleClassChangeError("bootstrap linkage " + calls);
    }
    public static CallSite returnsNull(MethodHandles.Lookup l, String name, MethodType type) { return null; }
    public static CallSite wrongType(MethodHandles.Lookup l, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(String.class, "s"));
    }
    public static Object notACallSite(MethodHandles.Lookup l, String name, MethodType type) { return "just a string"; }
    public static CallSite withArgs(MethodHandles.Lookup l, String name, MethodType type, Object... args) {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) sb.append(a == null ? "null" : a.getClass().getSimpleName() + "=" + a).append("; ");
        return new ConstantCallSite(MethodHandles.constant(Object.class, sb.toString()));
    }
    public static CallSite typedArgs(MethodHandles.Lookup l, String name, MethodType type, int i, long j, float f, double d, String s, Class<?> c) {
        return new ConstantCallSite(MethodHandles.constant(Object.class, i + " " + j + " " + f + " " + d + " " + s + " " + c.getName()));
    }
    public static CallSite mutable(MethodHandles.Lookup l, String name, MethodType type) {
        MutableCallSite site = new MutableCallSite(type);
        site.setTarget(MethodHandles.constant(Object.class, "first target"));
        mutableSite = site;
        return site;
    }
    static MutableCallSite mutableSite;
    public static Object condyValue(MethodHandles.Lookup l, String name, Class<?> type) {
        calls++;
        return type == int.class ? (Object) 1234 : (Object) ("condy " + name + " " + type.getSimpleName() + " call " + calls);
    }
    public static Object condyThrows(MethodHandles.Lookup l, String name, Class<?> type) {
        calls++;
        throw new UnsupportedOperationException("condy failed " + calls);
    }
    public static Object condyWrongType(MethodHandles.Lookup l, String name, Class<?> type) { return 3.5; }

    public static void main(String[] args) throws Throwable {
        attempt("good", indyClass("good", INDY_BSM), 2);
        System.out.println("bootstrap calls: " + calls);
        calls = 0;
        attempt("runtime", indyClass("throwsRuntime", INDY_BSM), 2);
        System.out.println("bootstrap calls: " + calls);
        calls = 0;
        attempt("error", indyClass("throwsError", INDY_BSM), 2);
        System.out.println("bootstrap calls: " + calls);
        calls = 0;
        attempt("linkage", indyClass("throwsLinkage", INDY_BSM), 2);
        System.out.println("bootstrap calls: " + calls);
        attempt("null", indyClass("returnsNull", INDY_BSM), 1);
        attempt("wrongType", indyClass("wrongType", INDY_BSM), 1);
        attempt("notACallSite", indyClass("notACallSite", OBJ_BSM), 1);
        attempt("missing", indyClass("doesNotExist", INDY_BSM), 2);
        attempt("badDescriptor", indyClass("good", "(Ljava/lang/String;)Ljava/lang/invoke/CallSite;"), 1);

        ClassWriter w = new ClassWriter();
        int mh = w.methodHandle(6, w.methodref(SELF, "withArgs", "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;"));
        int selfMh = w.methodHandle(6, w.methodref(SELF, "good", INDY_BSM));
        int site = w.indy(w.bootstrap(mh, w.integer(-7), w.lng(1L << 40), w.flt(2.5f), w.dbl(-0.125), w.str("text"),
                w.cls("java/util/List"), w.methodType("(IJ)V"), selfMh), "args", "()Ljava/lang/Object;");
        w.method("run", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xba, (byte) (site >> 8), (byte) site, 0, 0, (byte) 0xb0});
        String out = String.valueOf(run(define(w)));
        System.out.println("static args: " + out.replaceAll("DirectMethodHandle[^;]*", "DirectMethodHandle"));

        w = new ClassWriter();
        mh = w.methodHandle(6, w.methodref(SELF, "typedArgs", "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/MethodType;IJFDLjava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/CallSite;"));
        site = w.indy(w.bootstrap(mh, w.integer(42), w.lng(-5), w.flt(0.75f), w.dbl(1e100), w.str("s"), w.cls("[I")), "typed", "()Ljava/lang/Object;");
        w.method("run", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xba, (byte) (site >> 8), (byte) site, 0, 0, (byte) 0xb0});
        System.out.println("typed args: " + run(define(w)));

        Class<?> mc = indyClass("mutable", INDY_BSM);
        System.out.println(run(mc));
        mutableSite.setTarget(MethodHandles.constant(Object.class, "second target"));
        System.out.println(run(mc));

        calls = 0;
        Class<?> cc = condyClass("condyValue", "Ljava/lang/Object;");
        System.out.println(run(cc) + " / " + run(cc));
        Class<?> ci = condyClass("condyValue", "I");
        System.out.println(MethodHandles.lookup().findStatic(ci, "run", MethodType.methodType(int.class)).invoke());
        calls = 0;
        attempt("condyThrows", condyClass("condyThrows", "Ljava/lang/Object;"), 2);
        System.out.println("bootstrap calls: " + calls);
        Class<?> cw = condyClass("condyWrongType", "Ljava/lang/String;");
        try {
            System.out.println(MethodHandles.lookup().findStatic(cw, "run", MethodType.methodType(String.class)).invoke());
        } catch (Throwable t) {
            System.out.println("condyWrongType threw " + describe(t));
        }
    }
}
