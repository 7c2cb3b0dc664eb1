public class CastsAndInstanceof {
    static class A {}
    static class B extends A {}
    static class C {}
    interface Marker {}
    static class M extends A implements Marker {}

    static void tryCast(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final Object i = Integer.valueOf(42);
        final Object s = "str";
        final Object a = new A();
        final Object b = new B();
        final Object m = new M();
        tryCast("Integer->String", new Runnable() { public void run() { String x = (String) i; } });
        tryCast("String->Integer", new Runnable() { public void run() { Integer x = (Integer) s; } });
        tryCast("Integer->Number", new Runnable() { public void run() { Number x = (Number) i; } });
        tryCast("A->B", new Runnable() { public void run() { B x = (B) a; } });
        tryCast("B->A", new Runnable() { public void run() { A x = (A) b; } });
        tryCast("A->C", new Runnable() { public void run() { C x = (C) a; } });
        tryCast("String->A", new Runnable() { public void run() { A x = (A) s; } });
        tryCast("A->String", new Runnable() { public void run() { String x = (String) a; } });
        tryCast("A->Marker", new Runnable() { public void run() { Marker x = (Marker) a; } });
        tryCast("M->Marker", new Runnable() { public void run() { Marker x = (Marker) m; } });
        tryCast("Integer->Comparable", new Runnable() { public void run() { Comparable<?> x = (Comparable<?>) i; } });
        tryCast("A->Runnable", new Runnable() { public void run() { Runnable x = (Runnable) a; } });
        tryCast("Integer->Long", new Runnable() { public void run() { Long x = (Long) i; } });
        tryCast("String->StringBuilder", new Runnable() { public void run() { Object x = (StringBuilder) s; } });
        tryCast("null->B", new Runnable() { public void run() { B x = (B) (Object) null; } });
        tryCast("Class.cast", new Runnable() { public void run() { String x = String.class.cast(i); } });
        tryCast("Class.cast app", new Runnable() { public void run() { B.class.cast(a); } });
        tryCast("int[]->Object[]", new Runnable() { public void run() { Object[] x = (Object[]) (Object) new int[1]; } });
        tryCast("A[]->B[]", new Runnable() { public void run() { B[] x = (B[]) (Object) new A[1]; } });
        tryCast("anonymous->A", new Runnable() { public void run() { A x = (A) (Object) this; } });
        Object[] objs = { i, s, a, b, m, null, new int[0], new B[0] };
        for (Object o : objs) {
            System.out.println(String.valueOf(o == null ? "null" : o.getClass().getName()) + ": A=" + (o instanceof A) + " B="
                    + (o instanceof B) + " Marker=" + (o instanceof Marker) + " Number=" + (o instanceof Number) + " CharSequence="
                    + (o instanceof CharSequence) + " Object=" + (o instanceof Object) + " A[]=" + (o instanceof A[]));
        }
        // checkcast inside generic code (erasure): the cast happens at the use site
        java.util.List<Object> raw = new java.util.ArrayList<>();
        raw.add(7);
        @SuppressWarnings("unchecked")
        java.util.List<String> strings = (java.util.List<String>) (java.util.List<?>) raw;
        System.out.println("heap pollution size " + strings.size());
        try {
            String first = strings.get(0);
            System.out.println(first);
        } catch (ClassCastException e) {
            System.out.println("erasure cast: " + e.getMessage());
        }
    }
}
