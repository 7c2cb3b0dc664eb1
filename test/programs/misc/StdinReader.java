import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class StdinReader {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0;
        long sum = 0;
        int words = 0;
        StringBuilder longest = new StringBuilder();
        while ((line = in.readLine()) != null) {
            lines++;
            String trimmed = line.trim();
            System.out.println(lines + ": [" + line + "] length " + line.length());
            if (trimmed.isEmpty()) continue;
            for (String w : trimmed.split(" ")) {
                if (w.isEmpty()) continue;
                words++;
                try {
                    sum += Long.parseLong(w);
                } catch (NumberFormatException e) {
                    if (w.length() > longest.length()) {
                        longest.setLength(0);
                        longest.append(w);
                    }
                }
            }
        }
        System.out.println("lines " + lines + " words " + words + " sum of numbers " + sum + " longest word " + longest);
        System.out.println("read after EOF: " + in.readLine() + " System.in.read() " + System.in.read());
    }
}
