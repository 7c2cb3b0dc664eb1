import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

public class ArrayListOps {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        for (String s : "delta alpha charlie bravo echo alpha".split(" ")) list.add(s);
        System.out.println(list + " size " + list.size());
        list.add(0, "first");
        list.add(list.size(), "last");
        list.set(2, "ALPHA");
        System.out.println(list + " get(3) " + list.get(3));
        System.out.println("indexOf alpha " + list.indexOf("alpha") + " lastIndexOf alpha " + list.lastIndexOf("alpha") + " contains echo "
                + list.contains("echo") + " indexOf zulu " + list.indexOf("zulu"));
        System.out.println("remove(1) " + list.remove(1) + " remove(\"alpha\") " + list.remove("alpha") + " remove(\"zulu\") "
                + list.remove("zulu") + " -> " + list);
        List<String> sub = list.subList(1, 4);
        System.out.println("subList " + sub);
        sub.set(0, "SUB");
        sub.remove(1);
        System.out.println("after subList edits " + list);
        Iterator<String> it = list.iterator();
        while (it.hasNext()) if (it.next().length() <= 4) it.remove();
        System.out.println("after iterator remove " + list);
        ListIterator<String> li = list.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String s = li.next();
            if (idx % 2 == 0) li.set(s.toUpperCase());
            else li.add("+" + idx);
        }
        System.out.println("after listIterator " + list);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(' ');
        System.out.println("backwards " + back);
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 9, 1, 7));
        nums.remove(Integer.valueOf(9));
        nums.remove(0);
        nums.addAll(Arrays.asList(2, 8));
        nums.addAll(1, Arrays.asList(100, 200));
        System.out.println("nums " + nums);
        nums.removeAll(Arrays.asList(100, 1));
        nums.retainAll(Arrays.asList(3, 7, 200, 8, 42));
        System.out.println("after removeAll/retainAll " + nums + " containsAll " + nums.containsAll(Arrays.asList(3, 8)));
        Integer[] arr = nums.toArray(new Integer[0]);
        Object[] objs = nums.toArray();
        System.out.println("toArray " + Arrays.toString(arr) + " " + objs.length + " " + objs.getClass().getSimpleName());
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 10000; i++) big.add(i * i % 1000);
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big size " + big.size() + " sum " + sum + " equals copy " + big.equals(new ArrayList<>(big)) + " hashCode "
                + big.hashCode());
        big.clear();
        System.out.println("cleared " + big.isEmpty() + " " + big);
        try {
            list.add(-1, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add(-1): " + e.getMessage());
        }
        try {
            new ArrayList<String>().iterator().next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("next on empty: " + e.getClass().getName());
        }
        List<Object> nested = new ArrayList<>();
        nested.add(nested.size());
        nested.add(Arrays.asList(1, 2));
        nested.add(null);
        System.out.println("nested " + nested + " contains null " + nested.contains(null));
        ArrayList<String> cap = new ArrayList<>(1);
        cap.ensureCapacity(100);
        cap.add("x");
        cap.trimToSize();
        System.out.println("capacity ops ok " + cap);
    }
}
