abstract class Feline extends Animal {
    @Override
    abstract String name();
}
