// @CallerSensitive methods (Reflection.getCallerClass) reached directly, through lambdas and method
// references, through Method.invoke and through method handles (the JDK's injected invoker).
import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.function.*;

public class CallerSensitive {
    static String strip(Object o) { return String.valueOf(o).replaceAll("/0x[0-9a-f]+", "/0x").replaceAll("\\$\\$Lambda\\$\\d+", "\\$\\$Lambda\\$N"); }

    static class Helper {
        static Class<?> load(String name) throws ClassNotFoundException { return Class.forName(name); }
        static MethodHandles.Lookup lookup() { return MethodHandles.lookup(); }
    }

    public static void main(String[] args) throws Throwable {
        System.out.println("direct: " + MethodHandles.lookup().lookupClass().getName());
        System.out.println("helper: " + Helper.lookup().lookupClass().getName());
        Supplier<MethodHandles.Lookup> ref = MethodHandles::lookup;
        System.out.println("method ref: " + strip(ref.get().lookupClass().getName()) + " hidden=" + ref.get().lookupClass().isHidden());
        Supplier<MethodHandles.Lookup> lambda = () -> MethodHandles.lookup();
        System.out.println("lambda: " + lambda.get().lookupClass().getName());
        Function<String, Class<?>> forName = n -> { try { return Class.forName(n); } catch (ClassNotFoundException e) { return null; } };
        System.out.println("Class.forName in lambda: " + forName.apply("CallerSensitive$Helper").getSimpleName());
        MethodHandle mh = MethodHandles.lookup().findStatic(MethodHandles.class, "lookup", MethodType.methodType(MethodHandles.Lookup.class));
        MethodHandles.Lookup viaHandle = (MethodHandles.Lookup) mh.invokeExact();
        System.out.println("method handle: " + strip(viaHandle.lookupClass().getName()) + " hidden=" + viaHandle.lookupClass().isHidden()
                + " nestHost=" + strip(viaHandle.lookupClass().getNestHost().getName()));
        MethodHandle forNameH = MethodHandles.lookup().findStatic(Class.class, "forName", MethodType.methodType(Class.class, String.class));
        System.out.println("Class.forName via handle: " + ((Class<?>) forNameH.invokeExact("CallerSensitive$Helper")).getName());
        Method lookupM = MethodHandles.class.getMethod("lookup");
        System.out.println("Method.invoke: " + ((MethodHandles.Lookup) lookupM.invoke(null)).lookupClass().getName());
        Method forNameM = Class.class.getMethod("forName", String.class);
        System.out.println("Class.forName via Method.invoke: " + forNameM.invoke(null, "CallerSensitive$Helper"));
        for (int i = 0; i < 20; i++) lookupM.invoke(null);
        System.out.println("after inflation: " + ((MethodHandles.Lookup) lookupM.invoke(null)).lookupClass().getName());
        Method invoke = Method.class.getMethod("invoke", Object.class, Object[].class);
        System.out.println("Method.invoke of Method.invoke: " + ((MethodHandles.Lookup) invoke.invoke(lookupM, null, new Object[0])).lookupClass().getName());
        System.out.println("StackWalker: " + StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass());
    }
}
