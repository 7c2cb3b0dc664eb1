public class UnicodeSurrogates {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString(s.charAt(i)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "a\u00e9\u4e2d\uD83D\uDE00b\uD835\uDC00";
        System.out.println("length " + s.length() + " codePoints " + s.codePointCount(0, s.length()) + " chars " + hex(s));
        for (int i = 0; i < s.length(); i++) {
            System.out.println(i + ": char " + Integer.toHexString(s.charAt(i)) + " codePointAt " + Integer.toHexString(s.codePointAt(i))
                    + " codePointBefore " + (i > 0 ? Integer.toHexString(s.codePointBefore(i)) : "-") + " high "
                    + Character.isHighSurrogate(s.charAt(i)) + " low " + Character.isLowSurrogate(s.charAt(i)));
        }
        int i = 0;
        StringBuilder cps = new StringBuilder();
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            cps.append(Integer.toHexString(cp)).append('/').append(Character.charCount(cp)).append(' ');
            i += Character.charCount(cp);
        }
        System.out.println("iterate: " + cps);
        System.out.println("offsetByCodePoints(0, 4) = " + s.offsetByCodePoints(0, 4) + ", indexOf(0x1F600) = " + s.indexOf(0x1F600)
                + ", indexOf('b') = " + s.indexOf('b') + ", lastIndexOf(0x1D400) = " + s.lastIndexOf(0x1D400));
        String built = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint(0x41).appendCodePoint(0x10FFFF).toString();
        System.out.println("built " + hex(built) + " " + built.codePointCount(0, built.length()));
        String fromCps = new String(new int[] { 0x48, 0x1F44B, 0x49 }, 0, 3);
        System.out.println("from code points " + hex(fromCps));
        System.out.println("substring splitting a pair: " + hex(s.substring(0, 4)) + " | " + hex(s.substring(4)));
        String lone = "x\uD800y\uDC00";
        System.out.println("lone surrogates codePointCount " + lone.codePointCount(0, lone.length()) + " codePointAt(1) "
                + Integer.toHexString(lone.codePointAt(1)));
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder bs = new StringBuilder();
        for (byte b : utf8) bs.append(Integer.toHexString(0x100 | (b & 0xFF)).substring(1));
        System.out.println("UTF-8 " + utf8.length + " bytes: " + bs);
        byte[] utf16 = s.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        System.out.println("UTF-16BE " + utf16.length + " bytes");
        String decoded = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        System.out.println("round trip equal " + decoded.equals(s));
        byte[] loneUtf8 = lone.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println("lone surrogate encodes as '?': " + new String(loneUtf8, java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] invalid = { (byte) 0x61, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0x62 };
        System.out.println("invalid UTF-8 decodes to " + hex(new String(invalid, java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println("latin1 of non-latin: " + hex(new String("\u4e2d\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        System.out.println("compare with surrogates: " + "\uD83D\uDE00".compareTo("\uFFFF") + " upper of pair unchanged: "
                + hex("\uD801\uDC28".toUpperCase()));
        System.out.println("escapes: " + hex("\t\n\r\b\f\0\1\177\\\"'"));
    }
}
