package p2;

/** Overrides B.m, and through it A.m (JVMS §5.4.5's transitive rule), though A.m is package-private in p1. */
public class C extends p1.B {
    public String m() {
        return "C.m";
    }
}
