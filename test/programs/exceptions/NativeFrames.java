import java.io.FileInputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;

/**
 * Native methods appear in stack traces ("Native Method") above their caller, as in HotSpot: when the
 * native throws itself, when it threw after calling back into Java (Class.forName0 loading through a
 * Java class loader), and when translated code calls one (System.arraycopy in a hot method).
 */
public class NativeFrames implements Cloneable {
    static void copy(int[] a, int n) {
        System.arraycopy(a, 0, a, 1, n);
    }

    static void trace(Throwable e) {
        System.out.println(e);
        for (StackTraceElement s : e.getStackTrace()) System.out.println("  " + s);
    }

    static class Loader extends ClassLoader {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            throw new ClassNotFoundException("custom: " + name);
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            Class.forName("no.such.Thing");
        } catch (ClassNotFoundException e) {
            trace(e);
        }
        try {
            Class.forName("no.such.Other", true, new Loader());
        } catch (ClassNotFoundException e) {
            trace(e);
        }
        try {
            new FileInputStream("/no/such/file");
        } catch (Exception e) {
            trace(e);
        }
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            trace(e);
        }
        try {
            Array.newInstance(int.class, -1);
        } catch (NegativeArraySizeException e) {
            trace(e);
        }
        try {
            new Object() {
                Object twin() throws CloneNotSupportedException {
                    return clone();
                }
            }.twin();
        } catch (CloneNotSupportedException e) {
            trace(e);
        }
        // Reflection's own native frame (invoke0) appears once.
        Method m = NativeFrames.class.getDeclaredMethod("copy", int[].class, int.class);
        try {
            m.invoke(null, new int[2], 5);
        } catch (java.lang.reflect.InvocationTargetException e) {
            trace(e.getCause());
        }
        // Hot enough to be translated: the call becomes a direct one, and its exceptions keep the frame.
        int[] a = new int[16];
        for (int i = 0; i < 20000; i++) copy(a, i & 7);
        try {
            copy(a, 40);
        } catch (ArrayIndexOutOfBoundsException e) {
            trace(e);
        }
        try {
            copy(null, 1);
        } catch (NullPointerException e) {
            trace(e);
        }
    }
}
