public class UnsatisfiedLink {
    static native void nativeMethod();
    native int nativeWithArgs(String s, long[] values);

    public static void main(String[] args) {
        try {
            nativeMethod();
        } catch (UnsatisfiedLinkError e) {
            System.out.println("static native: " + e);
        }
        try {
            new UnsatisfiedLink().nativeWithArgs("x", new long[0]);
        } catch (UnsatisfiedLinkError e) {
            System.out.println("instance native: " + e.getMessage());
        }
        try {
            System.loadLibrary("surely_not_a_real_library_name");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("loadLibrary fails: " + (e.getMessage().contains("surely_not_a_real_library_name")));
        }
        System.out.println("native modifier: " + java.lang.reflect.Modifier.isNative(getModifiers()));
    }

    static int getModifiers() {
        try {
            return UnsatisfiedLink.class.getDeclaredMethod("nativeMethod").getModifiers();
        } catch (NoSuchMethodException e) {
            return -1;
        }
    }
}
