import java.math.BigInteger;

public class BigIntegerMath {
    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return r;
    }

    public static void main(String[] args) {
        BigInteger f50 = factorial(50);
        System.out.println("50! = " + f50 + " bitLength " + f50.bitLength() + " bitCount " + f50.bitCount() + " lowestSetBit "
                + f50.getLowestSetBit());
        BigInteger f100 = factorial(100);
        System.out.println("100! digits " + f100.toString().length() + " mod 1e9+7 = " + f100.mod(BigInteger.valueOf(1_000_000_007)));
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println("a+b " + a.add(b) + " a-b " + a.subtract(b) + " a*b " + a.multiply(b));
        System.out.println("b/a " + b.divide(a) + " b%a " + b.remainder(a) + " b mod a " + b.mod(a) + " divRem "
                + java.util.Arrays.toString(b.divideAndRemainder(a)));
        System.out.println("pow " + BigInteger.TWO.pow(200) + " negate " + a.negate() + " abs " + b.abs() + " signum " + b.signum());
        System.out.println("gcd " + a.gcd(b) + " modPow " + a.modPow(BigInteger.valueOf(65537), BigInteger.valueOf(1_000_000_007))
                + " modInverse " + BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)));
        System.out.println("compare " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new BigInteger(a.toString())) + " equals "
                + a.equals(new BigInteger("123456789012345678901234567890")) + " max " + a.max(b) + " min " + a.min(b));
        System.out.println("shifts " + a.shiftLeft(70) + " " + a.shiftRight(20) + " " + b.shiftRight(20) + " " + BigInteger.ONE.shiftLeft(64));
        System.out.println("bits and/or/xor/not " + a.and(b) + " " + a.or(b) + " " + a.xor(b) + " " + a.not() + " testBit(3) " + a.testBit(3)
                + " setBit(100) " + BigInteger.ZERO.setBit(100) + " flipBit " + a.flipBit(0));
        System.out.println("radix: hex " + a.toString(16) + " bin length " + a.toString(2).length() + " base36 " + b.toString(36)
                + " parse hex " + new BigInteger("-ff", 16) + " parse base 7 " + new BigInteger("6543210", 7));
        System.out.println("conversions: longValue " + a.longValue() + " intValue " + a.intValue() + " doubleValue " + a.doubleValue()
                + " floatValue " + b.floatValue() + " toByteArray length " + a.toByteArray().length + " from bytes "
                + new BigInteger(new byte[] { (byte) 0xff, 0x00, 0x01 }) + " unsigned " + new BigInteger(1, new byte[] { (byte) 0xff, 0x00, 0x01 }));
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero: " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("bad number: " + e.getMessage());
        }
        System.out.println("sqrt " + f50.sqrt() + " isProbablePrime(2^61-1) " + BigInteger.TWO.pow(61).subtract(BigInteger.ONE).isProbablePrime(50)
                + " 2^61+1 " + BigInteger.TWO.pow(61).add(BigInteger.ONE).isProbablePrime(50) + " nextProbablePrime(1000) "
                + BigInteger.valueOf(1000).nextProbablePrime());
        BigInteger fib = BigInteger.ZERO, next = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fib.add(next);
            fib = next;
            next = t;
        }
        System.out.println("fib(300) " + fib);
        BigInteger big = BigInteger.TEN.pow(500).add(BigInteger.valueOf(7));
        System.out.println("10^500+7 mod 97 " + big.mod(BigInteger.valueOf(97)) + " squared digits " + big.multiply(big).toString().length()
                + " karatsuba-size square mod 1e9 " + big.pow(3).mod(BigInteger.TEN.pow(9)));
        System.out.println("valueOf cache " + (BigInteger.valueOf(5) == BigInteger.valueOf(5)) + " hashCode " + a.hashCode());
    }
}
