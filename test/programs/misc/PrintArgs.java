public class PrintArgs {
    public static void main(String[] args) {
        System.out.println("argument count: " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println("args[" + i + "] = [" + args[i] + "] length " + args[i].length());
        }
        int total = 0;
        for (String a : args) {
            try {
                total += Integer.parseInt(a);
            } catch (NumberFormatException e) {
                // not a number
            }
        }
        System.out.println("sum of numeric args " + total);
        System.out.println("args array class " + args.getClass().getName());
    }
}
