import java.io.IOException;
import java.io.InputStream;

public class StdinBytes {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        int b;
        int count = 0;
        int checksum = 0;
        int newlines = 0;
        int[] histogram = new int[4];
        while ((b = in.read()) != -1) {
            count++;
            checksum = checksum * 31 + b;
            if (b == '\n') newlines++;
            histogram[b >> 6]++;
        }
        System.out.println("bytes " + count + " newlines " + newlines + " checksum " + checksum);
        System.out.println("histogram by top two bits " + java.util.Arrays.toString(histogram));
        System.out.println("available after EOF " + in.available() + " read again " + in.read());
    }
}
