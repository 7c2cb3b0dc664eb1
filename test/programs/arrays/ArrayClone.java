public class ArrayClone {
    static class Box {
        int v;
        Box(int v) { this.v = v; }
        public String toString() { return "Box(" + v + ")"; }
    }

    public static void main(String[] args) {
        int[] a = { 1, 2, 3 };
        int[] b = a.clone();
        b[0] = 100;
        System.out.println(java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(b) + " same? " + (a == b));
        long[] la = { Long.MIN_VALUE, 5 };
        long[] lb = la.clone();
        System.out.println(lb[0] + " " + lb[1] + " " + lb.length);
        double[] da = { 1.5, Double.NaN };
        System.out.println(java.util.Arrays.toString(da.clone()));
        char[] ca = "hello".toCharArray();
        char[] cb = ca.clone();
        cb[0] = 'j';
        System.out.println(new String(ca) + " " + new String(cb));
        boolean[] za = { true, false };
        System.out.println(java.util.Arrays.toString(za.clone()));
        Box[] boxes = { new Box(1), new Box(2) };
        Box[] copy = boxes.clone();
        copy[0].v = 10;
        copy[1] = new Box(20);
        System.out.println(java.util.Arrays.toString(boxes) + " " + java.util.Arrays.toString(copy));
        System.out.println("clone class: " + copy.getClass().getName() + " shares elements: " + (boxes[0] == copy[0]));
        int[][] m = { { 1, 2 }, { 3, 4 } };
        int[][] mc = m.clone();
        mc[0][0] = 99;
        mc[1] = new int[] { 7 };
        System.out.println(java.util.Arrays.deepToString(m) + " " + java.util.Arrays.deepToString(mc));
        Object[] objs = new String[] { "x" };
        Object[] oc = objs.clone();
        System.out.println("Object[] clone keeps type: " + oc.getClass().getName());
        try {
            oc[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("clone store check: " + e.getMessage());
        }
        int[] empty = new int[0];
        System.out.println("empty clone " + empty.clone().length + " " + (empty.clone() != empty));
        Object viaObject = a;
        System.out.println("cloneable? " + (viaObject instanceof Cloneable));
    }
}
