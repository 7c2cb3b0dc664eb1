import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

// Index checks done by the class library (jdk.internal.util.Preconditions); their messages are built with
// String.format.
public class IndexErrors {
    interface Task { Object run(); }

    static void t(String label, Task task) {
        try {
            System.out.println(label + ": " + task.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final List<String> list = new ArrayList<>(Arrays.asList("a", "b", "c"));
        final List<String> linked = new LinkedList<>(list);
        t("ArrayList.get(5)", new Task() { public Object run() { return list.get(5); } });
        t("ArrayList.get(-1)", new Task() { public Object run() { return list.get(-1); } });
        t("ArrayList.set(3)", new Task() { public Object run() { return list.set(3, "x"); } });
        t("ArrayList.remove(7)", new Task() { public Object run() { return list.remove(7); } });
        t("ArrayList.add(9, x)", new Task() { public Object run() { list.add(9, "x"); return "added"; } });
        t("ArrayList.subList(2, 1)", new Task() { public Object run() { return list.subList(2, 1); } });
        t("ArrayList.subList(0, 4)", new Task() { public Object run() { return list.subList(0, 4); } });
        t("LinkedList.get(3)", new Task() { public Object run() { return linked.get(3); } });
        t("List.of().get(0)", new Task() { public Object run() { return List.of().get(0); } });
        t("List.of(1,2).get(2)", new Task() { public Object run() { return List.of(1, 2).get(2); } });
        t("Arrays.asList.get(4)", new Task() { public Object run() { return Arrays.asList(1, 2).get(4); } });
        t("Objects.checkIndex(4, 4)", new Task() { public Object run() { return Objects.checkIndex(4, 4); } });
        t("Objects.checkIndex(2, 4)", new Task() { public Object run() { return Objects.checkIndex(2, 4); } });
        t("Objects.checkFromToIndex(3, 2, 5)", new Task() { public Object run() { return Objects.checkFromToIndex(3, 2, 5); } });
        t("Objects.checkFromIndexSize(2, 4, 5)", new Task() { public Object run() { return Objects.checkFromIndexSize(2, 4, 5); } });
        t("String.substring(5)", new Task() { public Object run() { return "abc".substring(5); } });
        t("String.subSequence(1, 9)", new Task() { public Object run() { return "abc".subSequence(1, 9); } });
        t("StringBuilder.charAt(3)", new Task() { public Object run() { return new StringBuilder("abc").charAt(3); } });
        t("StringBuilder.setCharAt(-1)", new Task() { public Object run() { new StringBuilder("abc").setCharAt(-1, 'x'); return ""; } });
        t("String.codePointAt(3)", new Task() { public Object run() { return "abc".codePointAt(3); } });
        t("new String(chars, 1, 5)", new Task() { public Object run() { return new String(new char[3], 1, 5); } });
    }
}
