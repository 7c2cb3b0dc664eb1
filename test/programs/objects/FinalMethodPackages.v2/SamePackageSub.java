package p1;

public class SamePackageSub extends Base {
    String other() { return "other"; }
    @Override public String toString() { return name() + " / " + other(); }
}
