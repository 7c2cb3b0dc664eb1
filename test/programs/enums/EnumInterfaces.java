public class EnumInterfaces {
    interface Priced { int cents(); }

    enum Coin implements Priced, Comparable<Coin> {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);
        private final int cents;
        Coin(int c) { cents = c; }
        public int cents() { return cents; }
    }

    enum Singleton {
        INSTANCE;
        private int counter;
        int next() { return ++counter; }
    }

    enum WithStaticInit {
        A, B, C;
        static final String JOINED;
        static {
            StringBuilder sb = new StringBuilder();
            for (WithStaticInit w : values()) sb.append(w.name().toLowerCase());
            JOINED = sb.toString();
            System.out.println("  WithStaticInit static block ran: " + JOINED);
        }
        WithStaticInit() {
            System.out.println("  constructing " + name() + " ordinal " + ordinal());
        }
    }

    static int change(int amount, Coin[] coins) {
        int count = 0;
        for (int i = coins.length - 1; i >= 0; i--) {
            while (amount >= coins[i].cents()) {
                amount -= coins[i].cents();
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int total = 0;
        for (Priced p : Coin.values()) total += p.cents();
        System.out.println("total cents " + total);
        for (int amt : new int[] { 0, 1, 7, 30, 99 }) System.out.println(amt + " cents -> " + change(amt, Coin.values()) + " coins");
        System.out.println("singleton " + Singleton.INSTANCE.next() + " " + Singleton.INSTANCE.next() + " "
                + Singleton.valueOf("INSTANCE").next());
        System.out.println("before touching WithStaticInit");
        System.out.println("B ordinal " + WithStaticInit.B.ordinal() + " joined " + WithStaticInit.JOINED);
        Priced anon = new Priced() { public int cents() { return 100; } };
        Priced[] mixed = { Coin.DIME, anon };
        for (Priced p : mixed) System.out.println("priced " + p.cents() + " isEnum " + (p instanceof Enum));
        java.util.List<Coin> list = new java.util.ArrayList<>(java.util.Arrays.asList(Coin.QUARTER, Coin.PENNY, Coin.DIME));
        java.util.Collections.sort(list);
        System.out.println("sorted coins " + list + " max " + java.util.Collections.max(list));
    }
}
