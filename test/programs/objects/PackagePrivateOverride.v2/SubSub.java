package p1;

/** Back in p1: its name() overrides Base's (same package) and Sub's (public). */
public class SubSub extends p2.Sub {
    public String name() {
        return "SubSub.name";
    }
}
