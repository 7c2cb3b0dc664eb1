import java.util.Scanner;

// java.util.Scanner over System.in: tokens, numbers, lines (input from StdinScanner.stdin).
public class StdinScanner {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += sc.nextLong();
        System.out.println("sum of " + n + ": " + sum);
        double d = sc.nextDouble();
        System.out.println("double: " + d);
        System.out.println("word: " + sc.next());
        sc.nextLine();
        System.out.println("line: [" + sc.nextLine() + "]");
        System.out.println("hasNextInt: " + sc.hasNextInt());
        System.out.println("boolean: " + sc.nextBoolean());
        int lines = 0;
        while (sc.hasNextLine()) {
            String l = sc.nextLine();
            lines++;
            System.out.println("rest " + lines + ": " + l);
        }
        System.out.println("hasNext at end: " + sc.hasNext());
        try {
            sc.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
    }
}
