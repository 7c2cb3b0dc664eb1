// Compiled without debug information (-g:none): parameters are described as <parameterN>, the receiver
// as this, and a parameter slot that was written before the failing instruction as <localN>.
public class NoDebugParams {
    String name;
    NoDebugParams next;

    static int first(String s) {
        return s.length();
    }

    static int second(int i, String s) {
        return s.length() + i;
    }

    static int afterWide(long l, double d, String s) {
        return s.length() + (int) l + (int) d;
    }

    int instance(String s) {
        return s.length();
    }

    int instanceAfterWide(long l, NoDebugParams other) {
        return other.name.length() + (int) l;
    }

    int viaThis() {
        return next.name.length();
    }

    static int overwritten(String s) {
        s = s == null ? null : s.trim();
        return s.length();
    }

    static int writtenLaterInLoop(String p, int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += p.length();
            p = "x";
        }
        return total;
    }

    static int arrayParam(int[] values, int i) {
        return values[i];
    }

    static int many(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8, int p9,
            int p10, int p11, int p12, int p13, int p14, int p15, int p16, int p17, int p18, int p19,
            int p20, int p21, int p22, int p23, int p24, int p25, int p26, int p27, int p28, int p29,
            int p30, int p31, int p32, int p33, int p34, int p35, int p36, int p37, int p38, int p39,
            int p40, int p41, int p42, int p43, int p44, int p45, int p46, int p47, int p48, int p49,
            int p50, int p51, int p52, int p53, int p54, int p55, int p56, int p57, int p58, int p59,
            int p60, int p61, int p62, String s63, String s64, boolean useFirst) {
        return useFirst ? s63.length() : s64.length();
    }

    public static void main(String[] args) {
        NoDebugParams obj = new NoDebugParams();
        obj.next = new NoDebugParams();
        for (int c = 0; c < 13; c++) {
            try {
                switch (c) {
                    case 0: first(null); break;
                    case 1: second(1, null); break;
                    case 2: afterWide(1L, 2.0, null); break;
                    case 3: obj.instance(null); break;
                    case 4: obj.instanceAfterWide(3L, new NoDebugParams()); break;
                    case 5: obj.viaThis(); break;
                    case 6: overwritten(null); break;
                    case 7: writtenLaterInLoop(null, 2); break;
                    case 8: arrayParam(null, 0); break;
                    case 9: many(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, null, null, true); break;
                    case 10: many(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, null, null, false); break;
                    case 11: { String local = args.length > 3 ? "y" : null; local.length(); break; }
                    default: args = null; System.out.println(args.length); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
