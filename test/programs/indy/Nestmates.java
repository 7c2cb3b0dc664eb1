// Nestmate private access (JEP 181): inner classes use each other's private members directly,
// including through lambdas, method references and reflection.
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class Nestmates {
    private int secret = 42;
    private static String sstatic = "static-secret";
    private String hidden() { return "hidden " + secret; }
    private static int twice(int x) { return x * 2; }
    private Nestmates() { }
    private Nestmates(int s) { secret = s; }

    class Inner {
        private int innerSecret = 7;
        int peek() { return secret + innerSecret; }
        private String innerHidden() { return "inner " + hidden(); }
    }
    static class Sibling {
        private long value = 100L;
        String poke(Nestmates n) { n.secret++; return n.hidden() + " " + sstatic + " " + twice(3); }
        private static Sibling make() { return new Sibling(); }
    }
    interface Secretive {
        private String whisper() { return "psst"; }
        default String talk() { return whisper(); }
    }
    static class Talker implements Secretive { }

    public static void main(String[] args) throws Exception {
        Nestmates n = new Nestmates();
        Inner in = n.new Inner();
        System.out.println(in.peek() + " " + in.innerSecret + " " + in.innerHidden());
        Sibling s = Sibling.make();
        System.out.println(s.poke(n) + " " + s.value + " " + n.secret);
        Supplier<String> sup = n::hidden;
        IntUnaryOperator op = Nestmates::twice;
        Function<Integer, Nestmates> ctor = Nestmates::new;
        System.out.println(sup.get() + " " + op.applyAsInt(5) + " " + ctor.apply(9).secret);
        Runnable r = () -> { in.innerSecret += 1; s.value *= 2; };
        r.run();
        System.out.println(in.innerSecret + " " + s.value);
        System.out.println(new Talker().talk());
        System.out.println("host " + Inner.class.getNestHost().getSimpleName() + " " + Nestmates.class.getNestHost().getSimpleName());
        System.out.println(Inner.class.isNestmateOf(Sibling.class) + " " + Nestmates.class.isNestmateOf(String.class));
        List<String> members = new ArrayList<>();
        for (Class<?> c : Nestmates.class.getNestMembers()) members.add(c.getName());
        Collections.sort(members);
        System.out.println(members);
        System.out.println(Sibling.class.getNestMembers().length + " " + String.class.getNestMembers().length + " " + int.class.getNestHost());
        Method m = Nestmates.class.getDeclaredMethod("hidden");
        System.out.println(m.invoke(n));
        Field f = Sibling.class.getDeclaredField("value");
        System.out.println(f.get(s));
        f.set(s, 5L);
        System.out.println(s.value);
        Constructor<Nestmates> c = Nestmates.class.getDeclaredConstructor(int.class);
        System.out.println(c.newInstance(77).secret);
        Method im = Inner.class.getDeclaredMethod("innerHidden");
        System.out.println(im.invoke(in));
        System.out.println(Modifier.toString(m.getModifiers()) + " " + Modifier.toString(f.getModifiers()));
    }
}
