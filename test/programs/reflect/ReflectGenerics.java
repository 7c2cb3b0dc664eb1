// Generic signatures through reflection: type variables and bounds, parameterized, wildcard and generic
// array types on classes, fields, methods and constructors.
import java.io.Serializable;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class ReflectGenerics {
    static class Box<T extends Comparable<? super T> & Serializable> implements Comparable<Box<T>>, Supplier<List<T>> {
        T value;
        List<? extends Number> numbers;
        Map<String, List<int[]>> nested;
        T[] array;
        List<? super Integer>[] wildcardArray;
        Box<T> self;
        Map.Entry<String, ?> entry;
        public Box(T value, Collection<? extends T> more) { this.value = value; }
        public int compareTo(Box<T> o) { return value.compareTo(o.value); }
        public List<T> get() { return List.of(value); }
        public <R, E extends Exception> R transform(Function<? super T, ? extends R> f, Class<E> ex) throws E { return f.apply(value); }
        public static <K extends Enum<K>> EnumSet<K> all(Class<K> type) { return EnumSet.allOf(type); }
        public void raw(List rawList, int prim, String[] strs) { }
    }
    static class StringBox extends Box<String> { StringBox() { super("s", List.of()); } }
    interface Repo<ID, E> { E find(ID id); }
    static abstract class UserRepo implements Repo<Long, Map<String, Object>>, Runnable { }
    class InnerGeneric<U> { U u; }

    static String describe(Type t) {
        if (t instanceof Class) return "Class(" + ((Class<?>) t).getTypeName() + ")";
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            StringBuilder sb = new StringBuilder("Param(" + describe(p.getRawType()) + " owner=" + (p.getOwnerType() == null ? "null" : describe(p.getOwnerType())) + " args=");
            for (Type a : p.getActualTypeArguments()) sb.append(describe(a)).append(",");
            return sb.append(")").toString();
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            return "Wild(upper=" + Arrays.toString(w.getUpperBounds()) + " lower=" + Arrays.toString(w.getLowerBounds()) + ")";
        }
        if (t instanceof GenericArrayType) return "Array(" + describe(((GenericArrayType) t).getGenericComponentType()) + ")";
        if (t instanceof TypeVariable) {
            TypeVariable<?> v = (TypeVariable<?>) t;
            return "Var(" + v.getName() + " bounds=" + Arrays.toString(v.getBounds()) + " decl=" + v.getGenericDeclaration() + ")";
        }
        return "?";
    }

    public static void main(String[] args) throws Exception {
        Class<?> box = Box.class;
        for (TypeVariable<?> v : box.getTypeParameters()) System.out.println("type param " + describe(v));
        System.out.println("super " + box.getGenericSuperclass());
        for (Type i : box.getGenericInterfaces()) System.out.println("iface " + describe(i));
        for (String name : new String[] {"value", "numbers", "nested", "array", "wildcardArray", "self", "entry"}) {
            Field f = box.getDeclaredField(name);
            System.out.println(name + ": " + f.getGenericType() + " | " + describe(f.getGenericType()) + " | raw " + f.getType().getSimpleName());
        }
        Method transform = box.getMethod("transform", Function.class, Class.class);
        System.out.println(transform.toGenericString());
        System.out.println(Arrays.toString(transform.getTypeParameters()) + " " + transform.getGenericReturnType() + " "
                + Arrays.toString(transform.getGenericParameterTypes()) + " " + Arrays.toString(transform.getGenericExceptionTypes()));
        Method all = box.getMethod("all", Class.class);
        System.out.println(all.toGenericString() + " | " + describe(all.getTypeParameters()[0]));
        Method raw = box.getMethod("raw", List.class, int.class, String[].class);
        System.out.println(Arrays.toString(raw.getGenericParameterTypes()) + " " + raw.toGenericString());
        Constructor<?> c = box.getConstructor(Comparable.class, Collection.class);
        System.out.println(c.toGenericString() + " " + Arrays.toString(c.getGenericParameterTypes()));
        System.out.println("get: " + box.getMethod("get").getGenericReturnType());
        System.out.println("StringBox super: " + describe(StringBox.class.getGenericSuperclass()));
        ParameterizedType ur = (ParameterizedType) UserRepo.class.getGenericInterfaces()[0];
        System.out.println("UserRepo: " + ur + " args " + Arrays.toString(ur.getActualTypeArguments()) + " " + UserRepo.class.getGenericInterfaces()[1]);
        Field inner = InnerGeneric.class.getDeclaredField("u");
        System.out.println("inner: " + describe(inner.getGenericType()) + " " + InnerGeneric.class.getTypeParameters()[0].getGenericDeclaration());
        Field listOfList = ReflectGenerics.class.getDeclaredField("holder");
        System.out.println("holder: " + describe(listOfList.getGenericType()));
        System.out.println(ArrayList.class.getGenericSuperclass() + " " + Arrays.toString(HashMap.class.getTypeParameters()) + " " + Enum.class.getTypeParameters()[0].getBounds()[0]);
        System.out.println(String.class.getGenericInterfaces().length + " " + Integer.class.getGenericSuperclass() + " " + Object.class.getGenericSuperclass() + " " + int[].class.getGenericSuperclass());
        TypeVariable<?> tv = box.getTypeParameters()[0];
        System.out.println(tv.equals(Box.class.getTypeParameters()[0]) + " " + (tv.hashCode() == Box.class.getTypeParameters()[0].hashCode()));
        ParameterizedType p1 = (ParameterizedType) box.getDeclaredField("numbers").getGenericType();
        ParameterizedType p2 = (ParameterizedType) box.getDeclaredField("numbers").getGenericType();
        System.out.println(p1.equals(p2) + " " + (p1.hashCode() == p2.hashCode()) + " " + p1.getTypeName());
    }
    List<List<? extends Map<?, ? super String>>> holder;
}
