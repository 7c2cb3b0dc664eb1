public class PrivateNestmates {
    private int value = 1;
    private static int staticValue = 2;

    private int twice() { return value * 2; }
    private static String hidden() { return "hidden"; }

    static class Nested {
        private int nestedSecret = 10;
        int peek(PrivateNestmates o) { return o.value + o.twice() + staticValue; }
        private String own() { return "nested-own"; }
    }

    class Inner {
        private String tag = "inner";
        String peek() { return hidden() + value; }
    }

    // a private method is not overridden: calls inside Base bind to Base.secret
    static class Base {
        private String secret() { return "Base.secret"; }
        String callSecret() { return secret(); }
        String callPublic() { return open(); }
        String open() { return "Base.open"; }
    }

    static class Derived extends Base {
        @SuppressWarnings("unused")
        private String secret() { return "Derived.secret"; }
        @Override String open() { return "Derived.open"; }
    }

    public static void main(String[] args) {
        PrivateNestmates o = new PrivateNestmates();
        Nested n = new Nested();
        System.out.println(n.peek(o) + " " + n.nestedSecret + " " + n.own());
        Inner i = o.new Inner();
        System.out.println(i.peek() + " " + i.tag);
        o.value = 5;
        n.nestedSecret++;
        i.tag += "!";
        System.out.println(n.peek(o) + " " + n.nestedSecret + " " + i.tag);
        Base b = new Derived();
        System.out.println(b.callSecret() + " " + b.callPublic());
        System.out.println("nest host of Nested: " + Nested.class.getNestHost().getName() + ", nestmates: "
                + PrivateNestmates.class.isNestmateOf(Inner.class) + " " + PrivateNestmates.class.isNestmateOf(String.class)
                + ", members: " + PrivateNestmates.class.getNestMembers().length);
    }
}
