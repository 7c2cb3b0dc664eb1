import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public class HashCodes {
    public static void main(String[] args) {
        String[] strs = { "", "a", "hello", "Hello", "HELLO", "java.lang.Object", "\u00ff\u0100", "\uD83D\uDE00" };
        for (String s : strs) System.out.print(s.hashCode() + " ");
        System.out.println();
        System.out.println("Integer " + Integer.hashCode(42) + " " + Integer.valueOf(-7).hashCode() + " Long " + Long.hashCode(1L << 32) + " "
                + Long.valueOf(-1L).hashCode() + " " + Long.hashCode(Long.MIN_VALUE));
        System.out.println("Double " + Double.hashCode(1.5) + " " + Double.hashCode(-0.0) + " " + Double.hashCode(0.0) + " "
                + Double.hashCode(Double.NaN) + " " + Double.valueOf(Math.PI).hashCode());
        System.out.println("Float " + Float.hashCode(1.5f) + " " + Float.hashCode(Float.NaN) + " Boolean " + Boolean.hashCode(true) + " "
                + Boolean.hashCode(false) + " Character " + Character.hashCode('A') + " Short " + Short.hashCode((short) -1) + " Byte "
                + Byte.hashCode((byte) -1));
        System.out.println("Objects.hash " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", null) + " " + Objects.hash() + " "
                + Objects.hashCode("x"));
        System.out.println("Arrays.hashCode " + Arrays.hashCode(new int[] { 1, 2, 3 }) + " " + Arrays.hashCode(new Object[] { "a", 1 }) + " "
                + Arrays.hashCode(new double[] { 0.5 }) + " " + Arrays.hashCode(new char[] { 'x' }) + " "
                + Arrays.deepHashCode(new int[][] { { 1 }, { 2 } }));
        List<Object> list = new ArrayList<>(Arrays.asList(1, "two", 3.0, null, 'c'));
        System.out.println("List.hashCode " + list.hashCode() + " List.of " + List.of(1, 2).hashCode() + " equals asList "
                + (List.of(1, 2).hashCode() == Arrays.asList(1, 2).hashCode()));
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 1);
        m.put("b", 2);
        System.out.println("Map.hashCode " + m.hashCode() + " entry hash " + m.entrySet().iterator().next().hashCode() + " Set.hashCode "
                + new HashSet<>(Arrays.asList("x", "y", "z")).hashCode());
        System.out.println("Map.of hashCode " + Map.of("a", 1, "b", 2).hashCode() + " matches " + (Map.of("a", 1, "b", 2).hashCode() == m.hashCode()));
        System.out.println("enum name hash " + Thread.State.NEW.name().hashCode() + " String.valueOf hash " + String.valueOf(12345).hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.append((char) ('!' + i % 90));
        System.out.println("long string " + sb.toString().hashCode() + " substring " + sb.substring(10, 50).hashCode());
        System.out.println("java.util.Optional.empty hash " + java.util.Optional.empty().hashCode() + " of " + java.util.Optional.of("v").hashCode());
        System.out.println("BigInteger hash " + new java.math.BigInteger("123456789012345678901234567890").hashCode() + " BigDecimal hash "
                + new java.math.BigDecimal("1.50").hashCode() + " vs " + new java.math.BigDecimal("1.5").hashCode());
    }
}
