import java.util.Arrays;
import java.util.Comparator;

public class ArraySortObjects {
    static class Person {
        final String name;
        final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        public String toString() { return name + ":" + age; }
    }

    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        public String toString() { return major + "." + minor; }
    }

    public static void main(String[] args) {
        Person[] people = { new Person("ann", 30), new Person("bob", 25), new Person("cid", 30), new Person("dan", 25),
                new Person("eve", 41), new Person("fay", 19), new Person("gus", 30) };
        Person[] byAge = people.clone();
        Arrays.sort(byAge, new Comparator<Person>() {
            public int compare(Person a, Person b) { return Integer.compare(a.age, b.age); }
        });
        System.out.println("by age (stable): " + Arrays.toString(byAge));
        Person[] byNameDesc = people.clone();
        Arrays.sort(byNameDesc, new Comparator<Person>() {
            public int compare(Person a, Person b) { return b.name.compareTo(a.name); }
        });
        System.out.println("by name desc: " + Arrays.toString(byNameDesc));
        Version[] vs = { new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0), new Version(1, 2) };
        Arrays.sort(vs);
        System.out.println("versions: " + Arrays.toString(vs));
        Arrays.sort(vs, Comparator.reverseOrder());
        System.out.println("versions reversed: " + Arrays.toString(vs));
        Integer[] boxed = new Integer[40];
        for (int i = 0; i < boxed.length; i++) boxed[i] = (i * 37) % 41 - 20;
        Arrays.sort(boxed, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) {
                int c = Integer.compare(Math.abs(a), Math.abs(b));
                return c != 0 ? c : Integer.compare(a, b);
            }
        });
        System.out.println("by abs: " + Arrays.toString(boxed));
        // larger object sort to exercise TimSort merging (stable)
        Person[] many = new Person[500];
        for (int i = 0; i < many.length; i++) many[i] = new Person("p" + i, (i * 7919) % 50);
        Arrays.sort(many, new Comparator<Person>() {
            public int compare(Person a, Person b) { return a.age - b.age; }
        });
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < many.length; i += 25) sb.append(many[i]).append(' ');
        System.out.println("many: " + sb);
        boolean stable = true;
        for (int i = 1; i < many.length; i++) {
            if (many[i - 1].age == many[i].age
                    && Integer.parseInt(many[i - 1].name.substring(1)) > Integer.parseInt(many[i].name.substring(1))) stable = false;
        }
        System.out.println("stable: " + stable);
        String[] ci = { "b", "B", "a", "C", "c", "A" };
        Arrays.sort(ci, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive: " + Arrays.toString(ci));
        try {
            Arrays.sort(new Object[] { new Object(), new Object() });
        } catch (ClassCastException e) {
            System.out.println("not comparable: " + e.getMessage());
        }
    }
}
