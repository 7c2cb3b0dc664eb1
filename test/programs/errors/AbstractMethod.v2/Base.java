abstract class Base {
    abstract String name();
}
