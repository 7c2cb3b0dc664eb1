import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;

/**
 * Multi-byte reads and writes of byte arrays through Unsafe's unaligned accesses, hot enough to be
 * translated (tsjvm runs them as intrinsics then): heap ByteBuffers of both byte orders at every
 * alignment, direct ByteBuffers (native memory, not a byte[]), byte-array VarHandles, their bounds errors,
 * and SHA-256 and MD5 digests, which read their blocks through such VarHandles.
 */
public class UnalignedAccess {
    static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle CHAR_LE = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

    static long roundTrips(ByteBuffer b, int rounds) {
        long sum = 0;
        int cap = b.capacity();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i + 8 <= cap; i += 3) {
                long v = (r * 0x9E3779B97F4A7C15L) ^ (i * 0x0123456789ABCDEFL);
                b.putLong(i, v);
                sum += b.getLong(i) == v ? 1 : -1000;
                sum = sum * 31 + b.getInt(i + 1) + b.getShort(i + 2) + b.getChar(i + 3) + b.get(i + 4);
            }
            for (int i = 0; i + 4 <= cap; i += 5) {
                b.putInt(i, i * r - 77);
                b.putShort(i + 1, (short) (i ^ r));
                b.putChar(i + 2, (char) (60000 + i));
                sum = sum * 17 + b.getInt(i) + b.getLong(Math.min(i, cap - 8));
            }
            b.putFloat(r % (cap - 4), r * 1.5f);
            b.putDouble(r % (cap - 8), -r / 3.0);
            sum += Float.floatToRawIntBits(b.getFloat(r % (cap - 4))) + Double.doubleToRawLongBits(b.getDouble(r % (cap - 8)));
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
            ByteBuffer heap = ByteBuffer.allocate(200).order(order);
            ByteBuffer direct = ByteBuffer.allocateDirect(200).order(order);
            System.out.println(order + " heap " + roundTrips(heap, 3000) + " direct " + roundTrips(direct, 300));
            byte[] raw = heap.array();
            long h = 0;
            for (byte x : raw) h = h * 31 + x;
            System.out.println(order + " heap bytes hash " + h);
            // A small array (on V8's heap in tsjvm) and reads right at its end.
            ByteBuffer small = ByteBuffer.wrap(new byte[16]).order(order);
            small.putLong(8, -2L).putLong(0, 0x1122334455667788L);
            System.out.println(Long.toHexString(small.getLong(8)) + " " + Long.toHexString(small.getLong(0))
                    + " " + Integer.toHexString(small.getInt(12)) + " " + small.getShort(14));
            for (int at : new int[] { 9, -1, 16 }) {
                try {
                    System.out.println("getLong(" + at + ") " + small.getLong(at));
                } catch (IndexOutOfBoundsException e) {
                    System.out.println("getLong(" + at + "): " + e.getClass().getName());
                }
            }
        }

        byte[] bytes = new byte[64];
        long vsum = 0;
        for (int r = 0; r < 20000; r++) {
            int at = r % 57;
            INT_LE.set(bytes, at, r * 7919);
            vsum += (int) INT_LE.get(bytes, at);
            LONG_BE.set(bytes, 56 - at % 50, (long) r << 40 | r);
            vsum ^= (long) LONG_BE.get(bytes, 56 - at % 50);
            SHORT_BE.set(bytes, at, (short) -r);
            vsum += (short) SHORT_BE.get(bytes, at);
            CHAR_LE.set(bytes, at + 1, (char) r);
            vsum += (char) CHAR_LE.get(bytes, at + 1);
        }
        System.out.println("varhandles " + vsum);
        try {
            INT_LE.get(bytes, 61);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("INT_LE.get(61): " + e.getMessage());
        }

        byte[] data = new byte[1000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        for (String algorithm : new String[] { "SHA-256", "MD5", "SHA-512" }) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] digest = null;
            for (int r = 0; r < 300; r++) {
                data[r % data.length] ^= (byte) r;
                md.update(data, r % 7, data.length - r % 7);
                digest = md.digest();
            }
            StringBuilder sb = new StringBuilder(algorithm).append(' ');
            for (byte b : digest) sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            System.out.println(sb);
        }
    }
}
