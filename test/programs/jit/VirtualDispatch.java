import java.util.ArrayList;
import java.util.List;

/**
 * Virtual and interface calls from translated code at sites that see many receiver classes: overrides at
 * several levels, methods inherited from a grandparent, default methods, Object's methods on arrays and
 * strings, and (v2, separately compiled) a method made abstract in the middle of a hierarchy, so that one
 * receiver class has no implementation and the call throws AbstractMethodError while the others go on.
 */
public class VirtualDispatch {
    static int calls(List<Object> receivers, int rounds) {
        int sum = 0;
        int errors = 0;
        for (int r = 0; r < rounds; r++) {
            for (Object o : receivers) {
                if (o instanceof Animal) {
                    Animal a = (Animal) o;
                    try {
                        sum += a.name().length() * 31 + a.legs();
                    } catch (AbstractMethodError e) {
                        errors++;
                    }
                }
                if (o instanceof Shape) {
                    Shape s = (Shape) o;
                    sum += (int) s.area() + s.label().length();
                }
                if (o.equals(o)) sum++;
                sum += o instanceof Object[] ? 7 : 0;
            }
        }
        System.out.println("errors " + errors);
        return sum;
    }

    public static void main(String[] args) {
        List<Object> receivers = new ArrayList<>();
        receivers.add(new Animal());
        receivers.add(new Dog());
        receivers.add(new Puppy());
        receivers.add(new Cat());
        receivers.add(new Lion());
        receivers.add(new Square(3));
        receivers.add(new Circle(2));
        receivers.add(new Badge());
        receivers.add("text");
        receivers.add(new int[] {1, 2});
        receivers.add(new String[] {"a"});
        for (int i = 0; i < 3; i++) System.out.println(calls(receivers, 1));
        System.out.println(calls(receivers, 5000));
        // Classes first instantiated now, after the hot site has dispatched to their superclasses.
        List<Object> late = new ArrayList<>(receivers);
        late.add(new Tiger());
        late.add(new Kitten());
        late.add(new Hound());
        System.out.println(calls(late, 2000));
        Animal lion = new Lion();
        try {
            System.out.println(lion.name());
        } catch (AbstractMethodError e) {
            System.out.println(e);
        }
        for (Object o : receivers) {
            if (o instanceof Animal) System.out.println(((Animal) o).legs() + " " + describe((Animal) o));
        }
    }

    static String describe(Animal a) {
        try {
            return a.name();
        } catch (AbstractMethodError e) {
            return "no name";
        }
    }
}

class Animal {
    String name() {
        return "animal";
    }

    int legs() {
        return 4;
    }
}

class Dog extends Animal {
    @Override
    String name() {
        return "dog";
    }
}

class Puppy extends Dog {
    @Override
    int legs() {
        return 5;
    }
}

/** v2 makes name() abstract here; Lion is not recompiled and has none. */
class Feline extends Animal {
    @Override
    String name() {
        return "feline";
    }
}

class Cat extends Feline {
    @Override
    String name() {
        return "cat";
    }
}

class Lion extends Feline {
    @Override
    int legs() {
        return 3;
    }
}

class Tiger extends Lion {
    @Override
    String name() {
        return "tiger";
    }
}

class Kitten extends Cat {}

class Hound extends Dog {
    @Override
    String name() {
        return "hound";
    }

    @Override
    int legs() {
        return 6;
    }
}

interface Shape {
    double area();

    default String label() {
        return "shape";
    }
}

interface Tagged {
    default String label() {
        return "tagged";
    }
}

class Square implements Shape {
    final int side;

    Square(int side) {
        this.side = side;
    }

    public double area() {
        return side * side;
    }
}

class Circle implements Shape, Tagged {
    final int r;

    Circle(int r) {
        this.r = r;
    }

    public double area() {
        return 3 * r * r;
    }

    public String label() {
        return Shape.super.label() + "+" + Tagged.super.label();
    }
}

class Badge extends Animal implements Shape {
    public double area() {
        return 1;
    }

    @Override
    String name() {
        return "badge";
    }
}
