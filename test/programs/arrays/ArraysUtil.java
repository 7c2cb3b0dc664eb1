import java.util.Arrays;
import java.util.List;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] ints = { 5, -3, 9, 0, 12, -3, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 };
        Arrays.sort(ints);
        System.out.println("sorted ints: " + Arrays.toString(ints));
        for (int key : new int[] { -3, 7, 8, Integer.MIN_VALUE, 100 }) {
            System.out.println("binarySearch " + key + " -> " + (Arrays.binarySearch(ints, key) >= 0 ? "found" : "not found "
                    + Arrays.binarySearch(ints, key)));
        }
        long[] longs = new long[50];
        for (int i = 0; i < longs.length; i++) longs[i] = (i * 7919L) % 97 - 48;
        Arrays.sort(longs);
        System.out.println("sorted longs: " + Arrays.toString(longs));
        double[] ds = { 3.5, -0.0, 0.0, Double.NaN, -1e300, Double.NEGATIVE_INFINITY, 2.0, -0.0 };
        Arrays.sort(ds);
        System.out.println("sorted doubles: " + Arrays.toString(ds));
        float[] fs = { 1f, Float.NaN, -1f, 0f, -0f };
        Arrays.sort(fs);
        System.out.println("sorted floats: " + Arrays.toString(fs));
        char[] cs = "the quick brown fox".toCharArray();
        Arrays.sort(cs);
        System.out.println("sorted chars: [" + new String(cs) + "]");
        byte[] bs = { 5, -1, 127, -128, 0 };
        Arrays.sort(bs);
        System.out.println("sorted bytes: " + Arrays.toString(bs));
        short[] ss = { 300, -300, 0 };
        Arrays.sort(ss);
        System.out.println("sorted shorts: " + Arrays.toString(ss));
        String[] words = { "pear", "apple", "fig", "banana", "Apple", "cherry", "" };
        Arrays.sort(words);
        System.out.println("sorted strings: " + Arrays.toString(words));
        int[] part = { 9, 8, 7, 6, 5, 4, 3, 2, 1 };
        Arrays.sort(part, 2, 6);
        System.out.println("partial sort: " + Arrays.toString(part));
        // a bigger sort exercising the dual-pivot quicksort and insertion sort paths
        int[] big = new int[3000];
        int seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = (seed >>> 8) % 1000;
        }
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
        System.out.println("big sorted ok=" + ok + " first=" + big[0] + " last=" + big[big.length - 1] + " median=" + big[1500]);
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill: " + Arrays.toString(filled));
        Object[] ofill = new String[3];
        Arrays.fill(ofill, "z");
        System.out.println("fill objs: " + Arrays.toString(ofill));
        try {
            Arrays.fill(ofill, 1);
        } catch (ArrayStoreException e) {
            System.out.println("fill store: " + e);
        }
        System.out.println("equals: " + Arrays.equals(new int[] { 1, 2 }, new int[] { 1, 2 }) + " "
                + Arrays.equals(new int[] { 1, 2 }, new int[] { 2, 1 }) + " " + Arrays.equals(new double[] { Double.NaN },
                        new double[] { Double.NaN }) + " " + Arrays.equals(new double[] { 0.0 }, new double[] { -0.0 }) + " "
                + Arrays.equals((int[]) null, null) + " " + Arrays.equals(new String[] { "a", null }, new String[] { "a", null }));
        System.out.println("hashCode: " + Arrays.hashCode(new int[] { 1, 2, 3 }) + " " + Arrays.hashCode(new long[] { 1L << 40 })
                + " " + Arrays.hashCode(new double[] { 1.5 }) + " " + Arrays.hashCode(new String[] { "a", "b" }) + " "
                + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new boolean[] { true, false }) + " "
                + Arrays.deepHashCode(new Object[] { new int[] { 1 }, "x" }));
        System.out.println("toString: " + Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]) + " "
                + Arrays.toString(new boolean[] { true }) + " " + Arrays.toString(new char[] { 'a', 'b' }) + " "
                + Arrays.deepToString(new Object[] { 1, new String[] { "x", "y" }, new int[][] { { 1, 2 } }, null }));
        Object[] rec = new Object[2];
        rec[0] = "self";
        rec[1] = rec;
        System.out.println("deepToString recursive: " + Arrays.deepToString(rec));
        List<String> list = Arrays.asList("c", "a", "b");
        System.out.println("asList: " + list + " size=" + list.size() + " get(1)=" + list.get(1) + " contains b="
                + list.contains("b") + " indexOf c=" + list.indexOf("c"));
        System.out.println("compare: " + Arrays.compare(new int[] { 1, 2 }, new int[] { 1, 3 }) + " "
                + Arrays.mismatch(new int[] { 1, 2, 3 }, new int[] { 1, 2, 4 }) + " " + Arrays.compare(new int[0], new int[0]));
        String[] found = { "ant", "bee", "cat", "dog" };
        System.out.println("binarySearch strings: " + Arrays.binarySearch(found, "cat") + " " + Arrays.binarySearch(found, "cow"));
        try {
            Arrays.sort(new Object[] { "a", 1 });
        } catch (ClassCastException e) {
            System.out.println("mixed sort: " + e.getClass().getName());
        }
    }
}
