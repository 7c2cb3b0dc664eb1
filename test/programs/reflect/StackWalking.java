// StackWalker (StackStreamFactory natives): frames, options, getCallerClass, StackFrame accessors, limits;
// and stack traces through reflection, lambdas and method handles.
import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StackWalking {
    static final StackWalker PLAIN = StackWalker.getInstance();
    static final StackWalker RETAIN = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    static final StackWalker REFLECT = StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_REFLECT_FRAMES));

    static void show(String label, StackWalker w) {
        List<String> frames = w.walk(s -> s.map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()).collect(Collectors.toList()));
        System.out.println(label + " " + frames);
    }

    static class Helper {
        static void level3(StackWalker w, String label) { show(label, w); }
        void level2(StackWalker w, String label) { level3(w, label); }
        static void level1(StackWalker w, String label) { new Helper().level2(w, label); }
        static Class<?> caller() { return RETAIN.getCallerClass(); }
    }

    static void details() {
        RETAIN.forEach(f -> {
            if (f.getMethodName().equals("details") || f.getMethodName().equals("main")) {
                System.out.println(f.getDeclaringClass().getSimpleName() + " " + f.getMethodName() + " " + f.getDescriptor() + " " + f.getMethodType()
                        + " bci>=0:" + (f.getByteCodeIndex() >= 0) + " " + f.getFileName() + " native=" + f.isNativeMethod() + " ste=" + f.toStackTraceElement());
            }
        });
        StackWalker.StackFrame top = PLAIN.walk(s -> s.findFirst()).get();
        System.out.println("top: " + top + " " + top.getClassName());
        try {
            top.getDeclaringClass();
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE: " + e.getMessage());
        }
    }

    public static void reflective(StackWalker w, String label) { show(label, w); }

    public static void main(String[] args) throws Throwable {
        Helper.level1(PLAIN, "plain");
        System.out.println("depth " + PLAIN.walk(s -> s.count()) + " limited " + PLAIN.walk(s -> s.limit(2).map(StackWalker.StackFrame::getMethodName).collect(Collectors.toList())));
        System.out.println("skip " + PLAIN.walk(s -> s.skip(1).findFirst().map(StackWalker.StackFrame::getMethodName).orElse("none")));
        details();
        System.out.println("caller: " + Helper.caller().getSimpleName());
        try {
            RETAIN.getCallerClass();
        } catch (IllegalCallerException e) {
            System.out.println("ICE from main? " + e.getMessage());
        }
        Runnable r = () -> show("lambda", PLAIN);
        r.run();
        Method m = StackWalking.class.getMethod("reflective", StackWalker.class, String.class);
        m.invoke(null, PLAIN, "via reflection");
        m.invoke(null, REFLECT, "via reflection, shown");
        MethodHandle mh = MethodHandles.lookup().findStatic(StackWalking.class, "reflective", MethodType.methodType(void.class, StackWalker.class, String.class));
        mh.invokeExact(PLAIN, "via method handle");
        Supplier<Class<?>> sup = Helper::caller;
        System.out.println("caller via method ref: " + sup.get().getSimpleName());
        Function<Integer, Long> deep = new Function<>() {
            public Long apply(Integer n) { return n == 0 ? PLAIN.walk(Stream::count) : this.apply(n - 1); }
        };
        System.out.println("deep: " + (deep.apply(50) - deep.apply(0)));
        List<String> batch = new ArrayList<>();
        recurse(40, batch);
        System.out.println("batched: " + batch.size() + " first " + batch.get(0) + " last " + batch.get(batch.size() - 1));
        try {
            m.invoke(null, null, "npe");
        } catch (InvocationTargetException e) {
            StackTraceElement[] st = e.getCause().getStackTrace();
            List<String> lines = new ArrayList<>();
            for (StackTraceElement s : st) lines.add(s.toString());
            System.out.println("reflective trace: " + lines);
        }
        try {
            new Helper().level2(null, "boom");
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        Stream<StackWalker.StackFrame> escaped = PLAIN.walk(s -> s);
        try {
            escaped.count();
        } catch (IllegalStateException e) {
            System.out.println("ISE: " + e.getMessage());
        }
    }

    static void recurse(int n, List<String> out) {
        if (n == 0) PLAIN.forEach(f -> out.add(f.getMethodName()));
        else recurse(n - 1, out);
    }
}
