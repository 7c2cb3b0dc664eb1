// monitorenter on null: synchronized blocks over locals, parameters, fields and call results.
public class Monitor {
    static Object lock;
    Object mine;
    static int counter;

    static Object lockFor(int i) {
        return i > 100 ? new Object() : null;
    }

    static void guarded(Object o) {
        synchronized (o) {
            counter++;
        }
    }

    void own() {
        synchronized (mine) {
            counter++;
        }
    }

    public static void main(String[] args) {
        Object local = null;
        Object[] locks = new Object[2];
        for (int c = 0; c < 7; c++) {
            try {
                switch (c) {
                    case 0: synchronized (local) { counter++; } break;
                    case 1: synchronized (lock) { counter++; } break;
                    case 2: guarded(null); break;
                    case 3: new Monitor().own(); break;
                    case 4: synchronized (lockFor(c)) { counter++; } break;
                    case 5: synchronized (locks[1]) { counter++; } break;
                    default: {
                        synchronized (Monitor.class) {
                            synchronized (local) {
                                counter++;
                            }
                        }
                        break;
                    }
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
        System.out.println("counter " + counter);
    }
}
