import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalMath {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("10.25");
        BigDecimal b = new BigDecimal("3");
        System.out.println("add " + a.add(b) + " subtract " + a.subtract(b) + " multiply " + a.multiply(b) + " scale " + a.multiply(b).scale());
        System.out.println("divide(b, 5, HALF_UP) " + a.divide(b, 5, RoundingMode.HALF_UP) + " MathContext(10) " + a.divide(b, new MathContext(10))
                + " DECIMAL64 " + BigDecimal.ONE.divide(b, MathContext.DECIMAL64));
        try {
            a.divide(b);
        } catch (ArithmeticException e) {
            System.out.println("non-terminating: " + e.getMessage());
        }
        System.out.println("exact divide " + new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("4")));
        String[] vals = { "2.5", "-2.5", "1.15", "1.25", "-1.35", "0.005", "9.995" };
        RoundingMode[] modes = { RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP,
                RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN };
        for (String v : vals) {
            StringBuilder sb = new StringBuilder(v + ":");
            BigDecimal d = new BigDecimal(v);
            int scale = d.scale() - 1;
            for (RoundingMode m : modes) sb.append(' ').append(m.name()).append('=').append(d.setScale(scale, m));
            System.out.println(sb);
        }
        try {
            new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        BigDecimal x = new BigDecimal("1.50");
        BigDecimal y = new BigDecimal("1.5");
        System.out.println("equals " + x.equals(y) + " compareTo " + x.compareTo(y) + " stripTrailingZeros " + x.stripTrailingZeros()
                + " precision " + x.precision() + " unscaled " + x.unscaledValue());
        System.out.println("toString " + new BigDecimal("1E+5") + " plain " + new BigDecimal("1E+5").toPlainString() + " engineering "
                + new BigDecimal("12345E+3").toEngineeringString() + " small " + new BigDecimal("0.0000001") + " "
                + new BigDecimal("0.0000001").toPlainString());
        System.out.println("from double " + new BigDecimal(0.1) + " valueOf " + BigDecimal.valueOf(0.1) + " valueOf(long, scale) "
                + BigDecimal.valueOf(12345, 3));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) sum = sum.add(new BigDecimal("0.1"));
        System.out.println("ten 0.1 " + sum + " == 1? " + (sum.compareTo(BigDecimal.ONE) == 0));
        BigDecimal compound = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.035");
        for (int year = 1; year <= 10; year++) {
            compound = compound.multiply(BigDecimal.ONE.add(rate)).setScale(2, RoundingMode.HALF_EVEN);
        }
        System.out.println("compound interest " + compound);
        System.out.println("pow " + new BigDecimal("1.1").pow(10) + " sqrt(2) " + new BigDecimal(2).sqrt(new MathContext(30)) + " movePointLeft "
                + new BigDecimal("12345").movePointLeft(7) + " movePointRight " + new BigDecimal("1.2345").movePointRight(2));
        System.out.println("negate " + a.negate() + " abs " + a.negate().abs() + " signum " + a.negate().signum() + " remainder "
                + a.remainder(b) + " divideToIntegralValue " + a.divideToIntegralValue(b) + " max " + a.max(b) + " min " + a.min(b));
        System.out.println("conversions " + a.intValue() + " " + a.longValue() + " " + a.doubleValue() + " " + a.floatValue() + " toBigInteger "
                + new BigDecimal("-7.9").toBigInteger());
        try {
            new BigDecimal("7.9").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("intValueExact: " + e.getMessage());
        }
        System.out.println("round(MathContext(3)) " + new BigDecimal("123456").round(new MathContext(3)) + " "
                + new BigDecimal("0.00123456").round(new MathContext(2, RoundingMode.DOWN)));
    }
}
