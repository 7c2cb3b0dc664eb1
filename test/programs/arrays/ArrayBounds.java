public class ArrayBounds {
    static int index = 5;

    public static void main(String[] args) {
        int[] ia = new int[3];
        Object[] arrays = { new boolean[3], new byte[3], new char[3], new short[3], ia, new long[3], new float[3], new double[3],
                new String[3] };
        int[] idx = { 3, 5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (Object arr : arrays) {
            for (int i : idx) {
                try {
                    if (arr instanceof boolean[]) ((boolean[]) arr)[i] = true;
                    else if (arr instanceof byte[]) System.out.println(((byte[]) arr)[i]);
                    else if (arr instanceof char[]) ((char[]) arr)[i] = 'x';
                    else if (arr instanceof short[]) System.out.println(((short[]) arr)[i]);
                    else if (arr instanceof int[]) ((int[]) arr)[i]++;
                    else if (arr instanceof long[]) System.out.println(((long[]) arr)[i]);
                    else if (arr instanceof float[]) ((float[]) arr)[i] = 1f;
                    else if (arr instanceof double[]) System.out.println(((double[]) arr)[i]);
                    else ((String[]) arr)[i] = "s";
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println(arr.getClass().getSimpleName() + " [" + i + "]: " + e.getMessage());
                }
            }
        }
        try {
            ia[index] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught as IOOBE: " + e);
        }
        try {
            int[] empty = {};
            System.out.println(empty[0]);
        } catch (RuntimeException e) {
            System.out.println("empty: " + e);
        }
        int[] sizes = { -1, -5, Integer.MIN_VALUE };
        for (int n : sizes) {
            try {
                int[] x = new int[n];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new int[" + n + "]: " + e.getMessage() + " / " + e);
            }
            try {
                String[] x = new String[n];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new String[" + n + "]: " + e.getMessage());
            }
        }
        // the index expression is evaluated before the bounds check, the value after
        int[] arr = new int[2];
        int i = 0;
        try {
            arr[i = 7] = i + 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("i = " + i + ", " + e.getMessage());
        }
        // string index errors have their own messages
        try {
            "abc".charAt(10);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e);
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e);
        }
        try {
            new StringBuilder("ab").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt: " + e);
        }
        // uncaught one at the end: exit code 1 with a stack trace
        int[] last = new int[3];
        System.out.println("about to fail");
        last[index] = 9;
    }
}
