package p2;

public class Sub extends p1.Base {
    String name() { return "Sub.name"; }
    @Override public String toString() { return name() + " / " + viaBase(); }
}
