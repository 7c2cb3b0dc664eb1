// athrow of null, and NullPointerExceptions created explicitly: those have no helpful message.
public class Athrow {
    static class MyNPE extends NullPointerException {
        MyNPE() {
            super();
        }

        MyNPE(String message) {
            super(message);
        }
    }

    static RuntimeException pending;
    RuntimeException own;

    static RuntimeException none() {
        return null;
    }

    static NullPointerException made() {
        return new NullPointerException();
    }

    static void rethrow(RuntimeException e) {
        throw e;
    }

    public static void main(String[] args) throws Exception {
        NullPointerException saved = new NullPointerException();
        for (int c = 0; c < 16; c++) {
            try {
                switch (c) {
                    case 0: throw null;
                    case 1: { RuntimeException r = null; throw r; }
                    case 2: throw pending;
                    case 3: throw none();
                    case 4: throw new Athrow().own;
                    case 5: rethrow(null); break;
                    case 6: throw new NullPointerException();
                    case 7: throw new NullPointerException("explicit message");
                    case 8: throw saved;
                    case 9: throw made();
                    case 10: throw new MyNPE();
                    case 11: throw new MyNPE("subclass message");
                    case 12: {
                        try {
                            String s = null;
                            s.length();
                        } catch (NullPointerException e) {
                            throw e;
                        }
                        break;
                    }
                    case 13: {
                        NullPointerException viaReflection = NullPointerException.class.getConstructor().newInstance();
                        System.out.println("reflective: " + viaReflection.getMessage());
                        throw viaReflection;
                    }
                    case 14: {
                        NullPointerException withMessage =
                                NullPointerException.class.getConstructor(String.class).newInstance("reflected");
                        throw withMessage;
                    }
                    default: {
                        Exception e = new NullPointerException();
                        throw (NullPointerException) e;
                    }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
