import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

// Compiled with -parameters (see ReflectionBasics.flags), so parameter names are available.
public class ReflectionBasics {
    public static class Account {
        public static int created;
        private final String owner;
        protected long balance;
        public Account() { this("nobody", 0); }
        public Account(String owner, long balance) { this.owner = owner; this.balance = balance; created++; }
        public long deposit(long amount, String memo) {
            if (amount <= 0) throw new IllegalArgumentException("amount must be positive: " + amount);
            balance += amount;
            return balance;
        }
        private String secret() { return "secret of " + owner; }
        public static String describe(Account a) { return a.owner + ":" + a.balance; }
    }

    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName("ReflectionBasics$Account");
        System.out.println("class " + c.getName() + " modifiers " + Modifier.toString(c.getModifiers()) + " super " + c.getSuperclass().getName());
        List<String> methods = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            StringBuilder sb = new StringBuilder(Modifier.toString(m.getModifiers()) + " " + m.getReturnType().getSimpleName() + " " + m.getName() + "(");
            for (Parameter p : m.getParameters()) sb.append(p.getType().getSimpleName()).append(' ').append(p.getName()).append(',');
            methods.add(sb.append(')').toString());
        }
        Collections.sort(methods);
        for (String m : methods) System.out.println("  method " + m);
        List<String> fields = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) fields.add(Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName() + " " + f.getName());
        Collections.sort(fields);
        System.out.println("  fields " + fields);
        System.out.println("  constructors " + c.getDeclaredConstructors().length);
        Constructor<?> ctor = c.getConstructor(String.class, long.class);
        Object acct = ctor.newInstance("ada", 100L);
        Method deposit = c.getMethod("deposit", long.class, String.class);
        System.out.println("invoke deposit -> " + deposit.invoke(acct, 50L, "gift"));
        try {
            deposit.invoke(acct, -1L, "bad");
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException cause: " + e.getCause());
        }
        Method secret = c.getDeclaredMethod("secret");
        secret.setAccessible(true);
        System.out.println("private method: " + secret.invoke(acct));
        Field balance = c.getDeclaredField("balance");
        balance.setLong(acct, 999L);
        Field owner = c.getDeclaredField("owner");
        owner.setAccessible(true);
        System.out.println("fields: owner=" + owner.get(acct) + " balance=" + balance.getLong(acct) + " static created="
                + c.getField("created").getInt(null));
        System.out.println("static invoke: " + c.getMethod("describe", c).invoke(null, acct));
        Object def = c.getDeclaredConstructor().newInstance();
        System.out.println("default ctor: " + Account.describe((Account) def) + " created " + Account.created);
        try {
            c.getMethod("nonexistent");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            c.getDeclaredField("nope");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException: " + e.getMessage());
        }
        try {
            Class.forName("no.such.Clazz");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        Object arr = java.lang.reflect.Array.newInstance(int.class, 3);
        java.lang.reflect.Array.setInt(arr, 1, 42);
        System.out.println("Array reflection " + java.lang.reflect.Array.getLength(arr) + " " + java.lang.reflect.Array.get(arr, 1) + " "
                + arr.getClass().getName());
    }
}
