public class ExactMath {
    interface Op { long apply(); }

    static void t(String label, Op op) {
        try {
            System.out.println(label + " = " + op.apply());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> " + e);
        }
    }

    public static void main(String[] args) {
        final int[] is = { 0, 1, -1, 46340, 46341, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (final int a : is) {
            for (final int b : is) {
                t("addExact(" + a + "," + b + ")", new Op() { public long apply() { return Math.addExact(a, b); } });
                t("subtractExact(" + a + "," + b + ")", new Op() { public long apply() { return Math.subtractExact(a, b); } });
                t("multiplyExact(" + a + "," + b + ")", new Op() { public long apply() { return Math.multiplyExact(a, b); } });
            }
            t("negateExact(" + a + ")", new Op() { public long apply() { return Math.negateExact(a); } });
            t("incrementExact(" + a + ")", new Op() { public long apply() { return Math.incrementExact(a); } });
            t("decrementExact(" + a + ")", new Op() { public long apply() { return Math.decrementExact(a); } });
            t("absExact(" + a + ")", new Op() { public long apply() { return Math.absExact(a); } });
        }
        final long[] ls = { 0L, -1L, 3037000499L, 3037000500L, Long.MAX_VALUE, Long.MIN_VALUE };
        for (final long a : ls) {
            for (final long b : ls) {
                t("addExact(" + a + "L," + b + "L)", new Op() { public long apply() { return Math.addExact(a, b); } });
                t("multiplyExact(" + a + "L," + b + "L)", new Op() { public long apply() { return Math.multiplyExact(a, b); } });
            }
            t("toIntExact(" + a + ")", new Op() { public long apply() { return Math.toIntExact(a); } });
            t("negateExact(" + a + "L)", new Op() { public long apply() { return Math.negateExact(a); } });
        }
        t("multiplyExact(long,int)", new Op() { public long apply() { return Math.multiplyExact(Long.MAX_VALUE / 2, 3); } });
        t("multiplyFull", new Op() { public long apply() { return Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE); } });
        t("floorDivExact?", new Op() { public long apply() { return Math.floorDiv(Integer.MIN_VALUE, -1); } });
    }
}
