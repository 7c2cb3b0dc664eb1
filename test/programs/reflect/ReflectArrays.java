// java.lang.reflect.Array: creation, get/set with widening, error messages, multi-dimensional arrays,
// and array classes' reflective properties.
import java.lang.reflect.*;
import java.util.*;

public class ReflectArrays {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = (int[]) Array.newInstance(int.class, 3);
        Array.setInt(ints, 0, 5);
        Array.set(ints, 1, 6);
        Array.setShort(ints, 2, (short) 7);
        System.out.println(Arrays.toString(ints) + " " + Array.getLength(ints) + " " + Array.get(ints, 1) + " " + Array.getLong(ints, 2) + " " + Array.getDouble(ints, 0));
        long[] longs = (long[]) Array.newInstance(long.class, 2);
        Array.setLong(longs, 0, 1L << 40);
        Array.setInt(longs, 1, -1);
        System.out.println(Arrays.toString(longs) + " " + Array.get(longs, 0) + " " + Array.getFloat(longs, 1));
        double[] ds = {1.5};
        Array.setFloat(ds, 0, 2.5f);
        System.out.println(Array.getDouble(ds, 0) + " " + Array.get(ds, 0).getClass().getSimpleName());
        char[] cs = {'a'};
        Array.setChar(cs, 0, 'z');
        System.out.println(Array.getChar(cs, 0) + " " + Array.getInt(cs, 0) + " " + Array.get(cs, 0));
        boolean[] bs = new boolean[2];
        Array.setBoolean(bs, 1, true);
        System.out.println(Arrays.toString(bs) + " " + Array.getBoolean(bs, 1));
        byte[] bytes = {1};
        Array.setByte(bytes, 0, (byte) -3);
        System.out.println(Array.getByte(bytes, 0) + " " + Array.getShort(bytes, 0) + " " + Array.get(bytes, 0));
        String[] strs = (String[]) Array.newInstance(String.class, 2);
        Array.set(strs, 0, "s");
        System.out.println(Arrays.toString(strs) + " " + strs.getClass().getName());
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        grid[1][2] = 9;
        System.out.println(Arrays.deepToString(grid) + " " + grid.getClass().getSimpleName());
        Object[][][] cube = (Object[][][]) Array.newInstance(Object.class, 1, 2, 0);
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][1].length + " " + cube.getClass().getName());
        Object jagged = Array.newInstance(int[].class, 2);
        System.out.println(jagged.getClass().getName() + " " + Arrays.toString((Object[]) jagged));
        attempt("get on non-array", () -> Array.get("str", 0));
        attempt("length of non-array", () -> Array.getLength(42));
        attempt("get null", () -> Array.get(null, 0));
        attempt("index too big", () -> Array.get(ints, 3));
        attempt("negative index", () -> Array.getInt(ints, -1));
        attempt("setInt on boolean[]", () -> Array.setInt(bs, 0, 1));
        attempt("getBoolean on int[]", () -> Array.getBoolean(ints, 0));
        attempt("set String on int[]", () -> Array.set(ints, 0, "x"));
        attempt("set null on int[]", () -> Array.set(ints, 0, null));
        attempt("set Integer on String[]", () -> Array.set(strs, 0, 1));
        attempt("setLong on int[]", () -> Array.setLong(ints, 0, 1L));
        attempt("getByte on char[]", () -> Array.getByte(cs, 0));
        attempt("getChar on byte[]", () -> Array.getChar(bytes, 0));
        attempt("getInt on String[]", () -> Array.getInt(strs, 0));
        attempt("newInstance void", () -> Array.newInstance(void.class, 1));
        attempt("newInstance negative", () -> Array.newInstance(int.class, -1));
        attempt("newInstance no dims", () -> Array.newInstance(int.class, new int[0]));
        attempt("newInstance null", () -> Array.newInstance(null, 1));
        attempt("multi negative", () -> Array.newInstance(int.class, 2, -2));
        System.out.println(int[].class.getComponentType() + " " + int[][].class.componentType() + " " + String[].class.arrayType() + " " + int.class.arrayType());
        System.out.println(Modifier.toString(int[].class.getModifiers()) + " | " + Modifier.toString(String[].class.getModifiers()) + " | " + Arrays.toString(int[].class.getInterfaces()));
        System.out.println(int[].class.getSuperclass() + " " + Object[].class.isAssignableFrom(String[].class) + " " + Object[].class.isAssignableFrom(int[].class) + " " + Object.class.isAssignableFrom(int[].class));
        System.out.println(int[].class.getDeclaredMethods().length + " " + int[].class.getMethods().length + " " + int[].class.getDeclaredFields().length + " " + int[].class.getConstructors().length);
        System.out.println(String[][].class.getCanonicalName() + " " + String[][].class.getTypeName() + " " + String[][].class.getSimpleName() + " " + String[][].class.descriptorString());
        int[] cloned = ints.clone();
        System.out.println(Arrays.equals(cloned, ints) + " " + (cloned != ints));
    }
}
