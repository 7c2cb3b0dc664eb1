import java.io.*;
import java.nio.charset.StandardCharsets;

// Character I/O over files: writers and readers with default and explicit charsets, line reading,
// non-ASCII text, mark/reset, PrintWriter formatting without String.format.
public class TextFiles {
    public static void main(String[] args) throws Exception {
        File dir = new File(System.getProperty("java.io.tmpdir"), "tsjvm-text-" + System.nanoTime());
        dir.mkdir();
        try {
            run(dir);
        } finally {
            File[] kids = dir.listFiles();
            if (kids != null) for (File k : kids) k.delete();
            dir.delete();
        }
    }

    static void run(File dir) throws Exception {
        File f = new File(dir, "lines.txt");
        try (PrintWriter pw = new PrintWriter(new BufferedWriter(new FileWriter(f)))) {
            pw.println("first line");
            pw.println("zweite Zeile: äöü ß");
            pw.print(42);
            pw.print(' ');
            pw.println(3.5);
            pw.println("日本語 and emoji \uD83D\uDE00");
            pw.print("no newline at end");
        }
        System.out.println("bytes on disk: " + f.length());
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                System.out.println(n + ": " + line + " (" + line.length() + " chars)");
            }
        }
        try (FileWriter w = new FileWriter(f, true)) {
            w.write("\nappended\r\nwindows line\rold mac\n");
        }
        try (LineNumberReader r = new LineNumberReader(new FileReader(f, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println("line " + r.getLineNumber() + ": " + line);
        }

        File u16 = new File(dir, "utf16.txt");
        try (Writer w = new OutputStreamWriter(new FileOutputStream(u16), StandardCharsets.UTF_16)) {
            w.write("UTF-16 text ü");
        }
        System.out.println("utf-16 bytes: " + u16.length());
        try (Reader r = new InputStreamReader(new FileInputStream(u16), "UTF-16")) {
            char[] cb = new char[64];
            int n = r.read(cb);
            System.out.println("utf-16 read " + n + ": " + new String(cb, 0, n));
        }
        File latin = new File(dir, "latin1.txt");
        try (Writer w = new OutputStreamWriter(new FileOutputStream(latin), "ISO-8859-1")) {
            w.write("café");
        }
        System.out.println("latin-1 bytes: " + latin.length());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(latin), StandardCharsets.UTF_8))) {
            String s = r.readLine();
            System.out.println("latin-1 read as UTF-8: " + s.length() + " chars, last is U+" + Integer.toHexString(s.charAt(3)));
        }
        try (BufferedReader r = new BufferedReader(new FileReader(f), 8)) {
            r.mark(100);
            System.out.println("read: " + r.readLine());
            r.reset();
            System.out.println("after reset: " + r.readLine());
            System.out.println("skip 3: " + r.skip(3) + " then " + (char) r.read() + " ready " + r.ready());
        }
        StringWriter sw = new StringWriter();
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            r.transferTo(sw);
        }
        System.out.println("transferTo chars: " + sw.toString().length());
    }
}
