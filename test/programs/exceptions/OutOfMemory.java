public class OutOfMemory {
    public static void main(String[] args) {
        try {
            long[] huge = new long[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("long[MAX]: " + e);
        }
        try {
            int[] huge = new int[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("int[MAX]: " + e.getMessage());
        }
        try {
            Object[] huge = new Object[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("Object[MAX]: " + e.getMessage());
        }
        try {
            byte[] huge = new byte[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("byte[MAX]: " + e.getMessage());
        }
        try {
            double[][] huge = new double[2][Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("double[2][MAX]: " + e.getMessage());
        }
        // still works afterwards
        int[] small = new int[1000];
        small[999] = 7;
        System.out.println("small array ok " + small[999] + " OOME is an Error: " + (new OutOfMemoryError() instanceof Error));
    }
}
