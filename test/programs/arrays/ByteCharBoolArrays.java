public class ByteCharBoolArrays {
    public static void main(String[] args) throws Exception {
        byte[] utf8 = "h\u00e9llo \u20ac".getBytes("UTF-8");
        System.out.println("utf8 bytes: " + java.util.Arrays.toString(utf8));
        byte[] latin = "h\u00e9llo".getBytes("ISO-8859-1");
        System.out.println("latin1 bytes: " + java.util.Arrays.toString(latin));
        String back = new String(utf8, "UTF-8");
        System.out.println("decoded length " + back.length() + " last char " + Integer.toHexString(back.charAt(back.length() - 1)));
        char[] cs = { 'J', 'a', 'v', 'a' };
        System.out.println(String.valueOf(cs) + " " + String.valueOf(cs, 1, 2) + " " + new String(cs, 0, 3) + " "
                + String.copyValueOf(cs));
        cs[0] = 'L';
        System.out.println("after change: " + new String(cs));
        char[] fromString = "abc".toCharArray();
        fromString[1] = 'X';
        System.out.println(new String(fromString));
        boolean[] bits = new boolean[10];
        for (int i = 0; i < 10; i++) bits[i] = Integer.bitCount(i) % 2 == 1;
        StringBuilder sb = new StringBuilder();
        for (boolean b : bits) sb.append(b ? '1' : '0');
        System.out.println("parity bits " + sb);
        byte[] buf = new byte[16];
        for (int i = 0; i < buf.length; i++) buf[i] = (byte) (i * 37);
        int checksum = 0;
        for (byte b : buf) checksum = (checksum * 31) ^ (b & 0xFF);
        System.out.println("checksum " + checksum + " signed sum " + sumSigned(buf));
        // big-endian int assembly from bytes
        byte[] be = { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE };
        int magic = (be[0] & 0xFF) << 24 | (be[1] & 0xFF) << 16 | (be[2] & 0xFF) << 8 | (be[3] & 0xFF);
        int wrong = be[0] << 24 | be[1] << 16 | be[2] << 8 | be[3];
        System.out.println("magic " + Integer.toHexString(magic) + " without masks " + Integer.toHexString(wrong));
        char[][] board = new char[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) board[i][j] = (i + j) % 2 == 0 ? 'X' : 'O';
        for (char[] row : board) System.out.println(String.valueOf(row));
        System.out.println("char array default " + (int) (new char[1])[0] + " bool array default " + (new boolean[1])[0]);
    }

    static int sumSigned(byte[] bs) {
        int s = 0;
        for (byte b : bs) s += b;
        return s;
    }
}
