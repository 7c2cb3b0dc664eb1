package p2;

/** Its name() doesn't override p1.Base's package-private one. */
public class Sub extends p1.Base {
    public String name() {
        return "Sub.name";
    }

    @Override
    public String toString() {
        return viaBase() + " " + name();
    }
}
