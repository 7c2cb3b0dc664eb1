import java.io.*;

// Binary reads of standard input: single bytes, bulk reads into a buffer, DataInputStream over System.in
// (input from StdinBytes.stdin, which holds bytes that are not valid UTF-8).
public class StdinBytes {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        System.out.println("first: " + in.read() + " " + in.read());
        byte[] buf = new byte[5];
        int n = in.read(buf);
        System.out.print("bulk " + n + ":");
        for (int i = 0; i < n; i++) System.out.print(" " + (buf[i] & 0xff));
        System.out.println();
        DataInputStream data = new DataInputStream(in);
        System.out.println("int: " + data.readInt());
        long total = 0;
        int count = 0;
        int b;
        while ((b = in.read()) != -1) {
            total += b;
            count++;
        }
        System.out.println("rest: " + count + " bytes, sum " + total);
        System.out.println("after EOF: " + in.read() + " " + in.read(buf, 0, 5));
    }
}
