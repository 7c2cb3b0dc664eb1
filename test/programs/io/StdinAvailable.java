import java.io.*;

// FileInputStream.available() and BufferedReader.ready() on piped standard input (StdinAvailable.stdin):
// a loop that reads only while input is ready, then blocking reads to the end.
public class StdinAvailable {
    public static void main(String[] args) throws Exception {
        // Give the writer of the pipe time to fill it; only "some input is ready" is printed.
        for (int i = 0; i < 50 && System.in.available() == 0; i++) Thread.sleep(20);
        System.out.println("input ready: " + (System.in.available() > 0));
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in), 16);
        int n = 0;
        while (r.ready() && n < 3) {
            n++;
            System.out.println("ready line " + n + ": " + r.readLine());
        }
        String line;
        while ((line = r.readLine()) != null) System.out.println("line: " + line);
        System.out.println("at end: ready " + r.ready() + " available " + System.in.available());
    }
}
