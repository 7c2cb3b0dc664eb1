public class CharacterMethods {
    static String flags(int cp) {
        return (Character.isDigit(cp) ? "D" : "-") + (Character.isLetter(cp) ? "L" : "-")
                + (Character.isLetterOrDigit(cp) ? "A" : "-") + (Character.isUpperCase(cp) ? "U" : "-")
                + (Character.isLowerCase(cp) ? "l" : "-") + (Character.isWhitespace(cp) ? "W" : "-")
                + (Character.isSpaceChar(cp) ? "S" : "-") + (Character.isJavaIdentifierStart(cp) ? "J" : "-")
                + (Character.isJavaIdentifierPart(cp) ? "j" : "-") + (Character.isISOControl(cp) ? "C" : "-")
                + (Character.isAlphabetic(cp) ? "a" : "-") + (Character.isTitleCase(cp) ? "T" : "-");
    }

    public static void main(String[] args) {
        for (int c = 0; c < 128; c++) {
            System.out.println(c + " " + flags(c) + " upper=" + Character.toUpperCase(c) + " lower=" + Character.toLowerCase(c)
                    + " digit10=" + Character.digit(c, 10) + " digit16=" + Character.digit(c, 16) + " digit36="
                    + Character.digit(c, 36) + " numeric=" + Character.getNumericValue(c) + " type=" + Character.getType(c));
        }
        int[] others = { 0xA0, 0xB5, 0xC0, 0xDF, 0xE9, 0xFF, 0x100, 0x130, 0x131, 0x17F, 0x1C5, 0x391, 0x3C3, 0x3C2, 0x401,
                0x431, 0x660, 0x669, 0x905, 0x2028, 0x2160, 0x3000, 0x4E2D, 0xFF10, 0xFF21, 0xD800, 0xDC00, 0xFFFF,
                0x10000, 0x1D400, 0x1F600, 0x10FFFF };
        for (int c : others) {
            System.out.println(Integer.toHexString(c) + " " + flags(c) + " upper=" + Integer.toHexString(Character.toUpperCase(c))
                    + " lower=" + Integer.toHexString(Character.toLowerCase(c)) + " title="
                    + Integer.toHexString(Character.toTitleCase(c)) + " numeric=" + Character.getNumericValue(c) + " type="
                    + Character.getType(c) + " bmp=" + Character.isBmpCodePoint(c) + " supp="
                    + Character.isSupplementaryCodePoint(c) + " chars=" + Character.charCount(c) + " defined="
                    + Character.isDefined(c));
        }
        System.out.println("forDigit: " + Character.forDigit(5, 10) + Character.forDigit(11, 16) + Character.forDigit(35, 36)
                + (int) Character.forDigit(10, 10) + " MIN_RADIX=" + Character.MIN_RADIX + " MAX_RADIX=" + Character.MAX_RADIX);
        System.out.println("surrogates: " + Character.isHighSurrogate('\uD83D') + " " + Character.isLowSurrogate('\uDE00')
                + " toCodePoint=" + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00')) + " high="
                + Integer.toHexString(Character.highSurrogate(0x1F600)) + " low="
                + Integer.toHexString(Character.lowSurrogate(0x1F600)) + " valid=" + Character.isValidCodePoint(0x110000));
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars: " + pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]));
        System.out.println("Character.toString(65)=" + Character.toString(65) + " valueOf('z')=" + Character.valueOf('z')
                + " compare=" + Character.compare('a', 'b') + " hashCode=" + Character.hashCode('A'));
        System.out.println("UnicodeBlock of 0x4E2D: " + Character.UnicodeBlock.of(0x4E2D) + ", script: "
                + Character.UnicodeScript.of(0x4E2D));
    }
}
