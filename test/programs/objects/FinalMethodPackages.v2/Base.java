package p1;

public class Base {
    final String name() { return "Base.name"; }
    protected String viaBase() { return name(); }
}
