public class LookupSwitch {
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -7: return "minus seven";
            case 0: return "zero";
            case 42: return "answer";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1 << 30: return "2^30";
            case Integer.MIN_VALUE: return "MIN";
            case Integer.MAX_VALUE: return "MAX";
            default: return "?";
        }
    }

    static int http(int code) {
        switch (code) {
            case 200: case 201: case 204: return 2;
            case 301: case 302: case 304: return 3;
            case 400: case 401: case 403: case 404: return 4;
            case 500: case 502: case 503: return 5;
            default: return 0;
        }
    }

    static long longHash(long v) {
        // switch on an int derived from a long
        switch ((int) (v >>> 32)) {
            case 0: return v;
            case 1: return -v;
            case -1: return v * 2;
            default: return 0;
        }
    }

    static String charSwitch(char c) {
        switch (c) {
            case 'A': return "A";
            case 'z': return "z";
            case '\u4e2d': return "CJK";
            case '\uffff': return "FFFF";
            case '\0': return "NUL";
            default: return "-";
        }
    }

    public static void main(String[] args) {
        int[] probes = { -1000000, -1000001, -7, -6, 0, 1, 41, 42, 43, 1000, 65536, 65535, 1 << 30, Integer.MIN_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE - 1 };
        for (int p : probes) System.out.println(p + " -> " + sparse(p));
        StringBuilder sb = new StringBuilder();
        for (int code = 195; code <= 510; code++) {
            int h = http(code);
            if (h != 0) sb.append(code).append(':').append(h).append(' ');
        }
        System.out.println(sb);
        long[] ls = { 5L, (1L << 32) + 5, -5L, 1L << 40 };
        for (long l : ls) System.out.print(longHash(l) + " ");
        System.out.println();
        for (char c : new char[] { 'A', 'B', 'z', '\u4e2d', '\uffff', '\0' }) System.out.print(charSwitch(c) + " ");
        System.out.println();
        int total = 0;
        for (int i = -50; i < 2000; i += 7) {
            switch (i) {
                case -43: case 6: case 97: case 503: case 1014: case 1999: total += i; break;
                default: total++;
            }
        }
        System.out.println("total " + total);
    }
}
