import java.util.Random;

public class RandomSeed {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(1 << 20)).append(' ');
        System.out.println("nextInt(2^20) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat " + sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? '1' : '0');
        System.out.println("nextBoolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println("nextGaussian " + sb);
        byte[] bytes = new byte[12];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + java.util.Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed(42) first nextInt again " + r.nextInt());
        Random a = new Random(-1L), b = new Random(-1L);
        boolean same = true;
        for (int i = 0; i < 1000; i++) if (a.nextLong() != b.nextLong()) same = false;
        System.out.println("same seed same sequence " + same);
        int[] buckets = new int[10];
        Random d = new Random(2024);
        for (int i = 0; i < 10000; i++) buckets[d.nextInt(10)]++;
        System.out.println("distribution " + java.util.Arrays.toString(buckets));
        int[] deck = new int[10];
        for (int i = 0; i < deck.length; i++) deck[i] = i;
        Random s = new Random(7);
        for (int i = deck.length - 1; i > 0; i--) {
            int j = s.nextInt(i + 1);
            int t = deck[i];
            deck[i] = deck[j];
            deck[j] = t;
        }
        System.out.println("fisher-yates " + java.util.Arrays.toString(deck));
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        System.out.println("nextInt(5, 10) " + new Random(3).nextInt(5, 10) + " nextLong(bound) " + new Random(3).nextLong(1000L));
    }
}
