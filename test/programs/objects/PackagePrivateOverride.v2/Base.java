package p1;

public class Base {
    String name() {
        return "Base.name";
    }

    /** A call resolved to the package-private Base.name. */
    public String viaBase() {
        return name();
    }

    @Override
    public String toString() {
        return viaBase();
    }
}
