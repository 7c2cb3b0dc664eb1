public class CharArithmetic {
    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return "digit";
            default:
                return c < 128 ? "other" : "non-ascii";
        }
    }

    public static void main(String[] args) {
        char c = 'A';
        c++;
        c += 2;
        System.out.println(c + " " + (int) c + " " + (char) (c + 1) + " " + (c + 1) + " " + (char) 97 + " " + ('a' + 'b') + " "
                + (char) ('a' + 1));
        for (char x = 'a'; x <= 'z'; x += 5) System.out.print(x);
        System.out.println();
        String msg = "Hello, World 42!";
        String enc = caesar(msg, 3);
        System.out.println(enc + " -> " + caesar(enc, -3));
        int[] freq = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) if (ch != ' ') freq[ch - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (freq[i] > 1) sb.append((char) ('a' + i)).append(freq[i]);
        System.out.println("freq>1: " + sb);
        for (char ch : "ai 7x\u00e9".toCharArray()) System.out.print(kind(ch) + " ");
        System.out.println();
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("overflow " + (int) max);
        char digit = '7';
        int value = digit - '0';
        System.out.println("digit value " + value + " as char from int " + (char) (value + '0') + " " + Character.forDigit(value, 10));
        char[] hex = "0123456789abcdef".toCharArray();
        int n = 0xCAFE;
        StringBuilder h = new StringBuilder();
        for (int shift = 12; shift >= 0; shift -= 4) h.append(hex[(n >> shift) & 0xF]);
        System.out.println("hex by hand " + h);
        System.out.println("compare chars " + ('a' < 'b') + " " + ('Z' < 'a') + " " + Character.compare('x', 'y') + " "
                + (char) Math.max('q', 'p'));
        char ternary = true ? 'y' : 'n';
        int promoted = false ? 'y' : 1000;
        System.out.println("ternary " + ternary + " " + promoted);
        short s = (short) 'A';
        byte b = (byte) '\u00ff';
        System.out.println("char to short " + s + " to byte " + b);
    }
}
