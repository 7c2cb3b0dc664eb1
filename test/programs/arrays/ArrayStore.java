public class ArrayStore {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}

    static void store(Object[] arr, Object v) {
        try {
            arr[0] = v;
            System.out.println("stored " + (v == null ? "null" : v.getClass().getName()) + " into "
                    + arr.getClass().getName());
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] strings = new String[2];
        store(strings, "ok");
        store(strings, 1);
        store(strings, null);
        store(strings, new Object());
        Object[] nums = new Number[1];
        store(nums, 1);
        store(nums, 2.5);
        store(nums, "x");
        Animal[] dogs = new Dog[1];
        store(dogs, new Dog());
        store(dogs, new Cat());
        store(dogs, new Animal());
        Object[] ints2d = new int[2][];
        store(ints2d, new int[3]);
        store(ints2d, new long[3]);
        store(ints2d, new Integer[3]);
        Object[][] objs2d = new String[2][];
        store(objs2d, new String[1]);
        store(objs2d, new Object[1]);
        store(objs2d, new Integer[1]);
        Object[] cmp = new Comparable[1];
        store(cmp, "str");
        store(cmp, 5);
        store(cmp, new Object());
        store(cmp, new StringBuilder());
        Object[] ser = new java.io.Serializable[1];
        store(ser, new int[1]);
        store(ser, new Object[0]);
        store(ser, new Object());
        Object[] clo = new Cloneable[1];
        store(clo, new int[0]);
        store(clo, "no");
        Object[] objects = new Object[1];
        store(objects, new int[0]);
        store(objects, dogs);
        // covariance
        String[] s = { "a", "b" };
        Object[] o = s;
        System.out.println("covariant: " + (o instanceof String[]) + " " + (o instanceof Object[]) + " "
                + (o instanceof Comparable[]) + " " + (o instanceof Integer[]));
    }
}
