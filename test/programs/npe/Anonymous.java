// NullPointerExceptions in anonymous and inner classes: captured variables are fields (this.val$x) of the
// anonymous class, the enclosing instance is this.this$0.
public class Anonymous {
    String title;

    class Inner {
        int len() {
            return title.length();
        }
    }

    interface Task {
        int run();
    }

    static int call(Task t) {
        return t.run();
    }

    public static void main(String[] args) {
        String nothing = null;
        int[] noInts = null;
        Anonymous outer = new Anonymous();
        for (int c = 0; c < 4; c++) {
            try {
                switch (c) {
                    case 0: call(new Task() { public int run() { return nothing.length(); } }); break;
                    case 1: call(new Task() { public int run() { return noInts[0]; } }); break;
                    case 2: outer.new Inner().len(); break;
                    default: call(new Task() {
                        String mine;

                        public int run() {
                            return mine.length() + outer.title.length();
                        }
                    }); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
    }
}
