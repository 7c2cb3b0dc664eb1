public class ObjectMethods {
    static class Plain {}

    static class Sheep implements Cloneable {
        String name;
        int[] data = { 1, 2 };
        Sheep(String name) { this.name = name; }
        @Override protected Sheep clone() throws CloneNotSupportedException { return (Sheep) super.clone(); }
        @Override public String toString() { return "Sheep(" + name + ", " + java.util.Arrays.toString(data) + ")"; }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class WithFinalize {
        @Override public String toString() { return "WithFinalize"; }
    }

    public static void main(String[] args) throws Exception {
        Plain p = new Plain();
        String ts = p.toString();
        System.out.println("default toString prefix: " + ts.substring(0, ts.indexOf('@') + 1) + " hex part ok: "
                + ts.substring(ts.indexOf('@') + 1).equals(Integer.toHexString(p.hashCode())));
        System.out.println("getClass: " + p.getClass().getName() + " same class object: " + (p.getClass() == Plain.class));
        System.out.println("equals self " + p.equals(p) + " other " + p.equals(new Plain()) + " null " + p.equals(null));
        Sheep dolly = new Sheep("dolly");
        Sheep copy = dolly.clone();
        copy.name = "copy";
        copy.data[0] = 99;
        System.out.println(dolly + " " + copy + " same? " + (dolly == copy) + " class " + copy.getClass().getSimpleName());
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Object o = new WithFinalize();
        System.out.println(o + " " + String.valueOf(o) + " " + ("" + o));
        Object[] things = { "str", 5, 'c', 2.5f, new int[0].getClass(), Thread.State.NEW, Boolean.FALSE };
        for (Object t : things) System.out.println(t.getClass().getName() + " -> " + t);
        try {
            p.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getClass().getName() + ": " + e.getMessage());
        }
        synchronized (p) {
            p.notify();
            p.notifyAll();
            System.out.println("notify with lock ok");
        }
        try {
            p.wait(1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without lock: " + e.getMessage());
        }
        System.out.println("hashCode consistency: " + (o.hashCode() == o.hashCode()) + " " + (System.identityHashCode(o) == o.hashCode()));
    }
}
