package p1;

public class A {
    String m() {
        return "A.m";
    }

    @Override
    public String toString() {
        return m();
    }
}
