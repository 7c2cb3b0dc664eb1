/**
 * String processing without String.format or regular expressions: StringBuilder appends and
 * edits, Integer/Long parsing and printing, single-character String.split, substring, indexOf,
 * equals/hashCode/compareTo, string switch, and hand-written fixed-point number formatting.
 * Measures: Latin-1 String internals (byte[] + coder), char access, short-lived allocation.
 * args[0] = number of rounds (work is linear in it).
 */
public class Strings {
    static long seed = 7;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    /** Formats cents as e.g. "-1,234,567.89" right-aligned in a field of the given width. */
    static String money(long cents, int width) {
        boolean neg = cents < 0;
        long v = neg ? -cents : cents;
        StringBuilder sb = new StringBuilder();
        long frac = v % 100;
        sb.append((char) ('0' + frac % 10)).append((char) ('0' + frac / 10)).append('.');
        long whole = v / 100;
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                sb.append(',');
            }
            sb.append((char) ('0' + whole % 10));
            whole /= 10;
            digits++;
        } while (whole > 0);
        if (neg) {
            sb.append('-');
        }
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.reverse().toString();
    }

    static int classify(String word) {
        switch (word) {
            case "alpha":
                return 1;
            case "beta":
                return 2;
            case "gamma":
                return 3;
            case "delta":
                return 4;
            case "epsilon":
                return 5;
            default:
                return word.length();
        }
    }

    static final String[] WORDS = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        long checksum = 0;
        String last = "";
        for (int r = 0; r < rounds; r++) {
            long s = 0;
            // 1. Build a CSV line of numbers, split it and parse it back.
            StringBuilder sb = new StringBuilder();
            int expected = 0;
            for (int i = 0; i < 40; i++) {
                int v = next(2000000) - 1000000;
                expected += v;
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(v);
            }
            String line = sb.toString();
            String[] parts = line.split(",");
            int sum = 0;
            for (String p : parts) {
                sum += Integer.parseInt(p);
            }
            if (sum != expected) {
                throw new IllegalStateException("parse mismatch");
            }
            s += sum + parts.length + line.length();

            // 2. Hand-rolled formatting of a small table.
            StringBuilder table = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                long cents = (long) next(200000000) - 100000000L;
                table.append(money(cents, 16)).append(" | ").append(Long.toHexString(cents & 0xffffffL))
                        .append('\n');
            }
            String t = table.toString();
            s += t.hashCode() + t.indexOf('|') + t.lastIndexOf(',');

            // 3. Word handling: concatenation, substring, indexOf, compareTo, switch.
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                text.append(WORDS[next(WORDS.length)]).append(' ');
            }
            String str = text.toString().trim();
            String[] words = str.split(" ");
            for (String w : words) {
                s += classify(w);
                s += w.compareTo(last);
                last = w;
            }
            int pos = 0;
            int found = 0;
            while ((pos = str.indexOf("eta", pos)) >= 0) {
                found++;
                pos += 3;
            }
            s += found * 101L;
            String mid = str.substring(str.length() / 3, 2 * str.length() / 3);
            s += mid.hashCode();
            s += str.replace('a', 'A').hashCode();
            s += str.contains("gamma delta") ? 13 : 0;
            s += str.startsWith("alpha") ? 1 : 0;
            s += str.endsWith("eta") ? 2 : 0;

            // 4. Character-level transforms and StringBuilder editing.
            StringBuilder ed = new StringBuilder(str);
            for (int i = 0; i < ed.length(); i++) {
                char c = ed.charAt(i);
                if (c >= 'a' && c <= 'z' && (i & 1) == 0) {
                    ed.setCharAt(i, (char) (c - 32));
                }
            }
            ed.insert(0, "[").append(']').deleteCharAt(1);
            ed.replace(2, 5, "xyz");
            s += ed.toString().hashCode() + ed.indexOf("xyz");

            // 5. Number <-> string round trips.
            long big = ((long) next(1 << 30) << 20) ^ next(1 << 20);
            String ds = Long.toString(big);
            s += Long.parseLong(ds) == big ? ds.length() : -1000;
            s += Integer.parseInt(Integer.toString(r, 36), 36) + Integer.toBinaryString(r).length();
            s += String.valueOf(r * 0.25).hashCode();
            s += (r + "/" + rounds + ":" + (r % 3 == 0)).hashCode();

            checksum = checksum * 31 + s;
        }
        System.out.println(money(-123456789L, 16) + "|" + money(5L, 8) + "|");
        System.out.println("last " + last);
        System.out.println("rounds " + rounds + " checksum " + Long.toHexString(checksum));
    }
}
