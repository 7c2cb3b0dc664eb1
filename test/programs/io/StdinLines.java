import java.io.*;
import java.util.ArrayList;
import java.util.List;

// Reads standard input line by line with BufferedReader (input piped in from StdinLines.stdin).
public class StdinLines {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        String line;
        int words = 0;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            String t = line.trim();
            if (!t.isEmpty()) words += t.split(" +").length;
        }
        System.out.println(lines.size() + " lines, " + words + " words");
        for (int i = lines.size() - 1; i >= 0; i--) System.out.println(new StringBuilder(lines.get(i)).reverse());
        System.out.println("read after EOF: " + in.readLine() + " " + System.in.read());
    }
}
