package p1;

/** Overrides A.m (same package) and makes it public. */
public class B extends A {
    public String m() {
        return "B.m";
    }
}
