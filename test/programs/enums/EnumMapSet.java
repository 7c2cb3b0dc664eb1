import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

public class EnumMapSet {
    enum Perm { READ, WRITE, EXECUTE, DELETE, ADMIN }
    enum Size { S, M, L, XL }

    public static void main(String[] args) {
        Set<Perm> none = EnumSet.noneOf(Perm.class);
        Set<Perm> all = EnumSet.allOf(Perm.class);
        EnumSet<Perm> rw = EnumSet.of(Perm.WRITE, Perm.READ);
        EnumSet<Perm> range = EnumSet.range(Perm.WRITE, Perm.DELETE);
        EnumSet<Perm> complement = EnumSet.complementOf(rw);
        System.out.println("none " + none + " all " + all + " rw " + rw + " range " + range + " complement " + complement);
        none.add(Perm.ADMIN);
        none.add(Perm.READ);
        none.add(Perm.ADMIN);
        System.out.println("added " + none + " size " + none.size() + " contains READ " + none.contains(Perm.READ) + " WRITE "
                + none.contains(Perm.WRITE));
        rw.retainAll(range);
        System.out.println("rw retain range " + rw);
        complement.removeAll(EnumSet.of(Perm.ADMIN));
        System.out.println("complement minus ADMIN " + complement);
        EnumSet<Perm> copy = EnumSet.copyOf(complement);
        copy.add(Perm.READ);
        System.out.println("copy " + copy + " original " + complement + " equals HashSet " + copy.equals(new java.util.HashSet<>(copy)));
        Map<Size, Integer> stock = new EnumMap<>(Size.class);
        stock.put(Size.XL, 2);
        stock.put(Size.S, 10);
        stock.put(Size.M, 0);
        System.out.println("EnumMap " + stock + " keys " + stock.keySet() + " values " + stock.values());
        stock.merge(Size.S, 5, new java.util.function.BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) { return a + b; }
        });
        stock.remove(Size.M);
        stock.put(Size.L, stock.getOrDefault(Size.L, 0) + 7);
        System.out.println("after updates " + stock + " containsKey M " + stock.containsKey(Size.M) + " get XL " + stock.get(Size.XL));
        for (Map.Entry<Size, Integer> e : stock.entrySet()) System.out.println("  " + e.getKey().ordinal() + " " + e.getKey() + "=" + e.getValue());
        Map<Perm, String> descr = new EnumMap<>(Perm.class);
        for (Perm p : Perm.values()) descr.put(p, p.name().substring(0, 1));
        System.out.println("descr " + descr);
    }
}
