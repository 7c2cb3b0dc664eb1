// The null's producer is tracked across branches: where paths merge with different producers the
// description is dropped; loops, switches, try/catch/finally and nested conditionals.
public class ControlFlow {
    static String a;
    static String b = "b";
    String f;

    static int choose(boolean x, String p, String q) {
        return (x ? p : q).length();
    }

    static int loop(String[] items) {
        int n = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            n += item.length();
        }
        return n;
    }

    static int whileLoop(ControlFlow cf) {
        int n = 0;
        while (n < 3) {
            n += cf.f.length();
        }
        return n;
    }

    static int switched(int k, String s) {
        switch (k) {
            case 0: return 0;
            case 1: return 1;
            case 2: return 2;
            default: return s.length();
        }
    }

    static int lookup(int k, String s) {
        switch (k) {
            case 10: return 0;
            case 1000: return 1;
            default: return s.length();
        }
    }

    static int inHandler(String s) {
        try {
            return Integer.parseInt("x");
        } catch (NumberFormatException e) {
            return s.length();
        }
    }

    static int inFinally(String s) {
        int r = 0;
        try {
            r = 1;
        } finally {
            r += s.length();
        }
        return r;
    }

    static int afterMerge(boolean x) {
        String v;
        if (x) {
            v = a;
        } else {
            v = b;
        }
        return v.length();
    }

    static int nested(boolean x, boolean y) {
        return (x ? (y ? a : b) : a).length();
    }

    static int logical(String s) {
        if (s != null && s.isEmpty()) return 1;
        return s.length();
    }

    static int sameSource(boolean x) {
        String p = a;
        return (x ? p : p).length();
    }

    static int doWhile(String[] arr) {
        int i = 0;
        int n = 0;
        do {
            n += arr[i].length();
            i++;
        } while (i < arr.length);
        return n;
    }

    public static void main(String[] args) {
        for (int c = 0; c < 14; c++) {
            try {
                switch (c) {
                    case 0: choose(true, null, "q"); break;
                    case 1: loop(new String[] {"x", null}); break;
                    case 2: whileLoop(new ControlFlow()); break;
                    case 3: switched(7, null); break;
                    case 4: lookup(7, null); break;
                    case 5: inHandler(null); break;
                    case 6: inFinally(null); break;
                    case 7: afterMerge(true); break;
                    case 8: nested(true, true); break;
                    case 9: logical(null); break;
                    case 10: sameSource(true); break;
                    case 11: doWhile(new String[] {"a", null}); break;
                    case 12: {
                        String t = null;
                        int k = 0;
                        while (k < 2) {
                            k++;
                            if (k == 2) t.length();
                        }
                        break;
                    }
                    default: {
                        label:
                        for (int i = 0; i < 2; i++) {
                            for (String s = a; ; ) {
                                if (i == 1) {
                                    s.length();
                                }
                                continue label;
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
    }
}
