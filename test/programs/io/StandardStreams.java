import java.io.*;
import java.nio.charset.StandardCharsets;

// The standard streams as files: FileDescriptor.in/out/err, extra streams over the same descriptors,
// redirecting System.out and System.err to a file and back, System.console() when not on a terminal,
// writes after closing a standard stream.
public class StandardStreams {
    public static void main(String[] args) throws IOException {
        System.out.println("descriptors valid: " + FileDescriptor.in.valid() + " " + FileDescriptor.out.valid() + " " + FileDescriptor.err.valid());
        System.out.println("console: " + System.console());
        FileOutputStream rawOut = new FileOutputStream(FileDescriptor.out);
        rawOut.write("raw write to fd 1\n".getBytes(StandardCharsets.UTF_8));
        rawOut.flush();
        FileOutputStream rawErr = new FileOutputStream(FileDescriptor.err);
        rawErr.write("raw write to fd 2\n".getBytes(StandardCharsets.UTF_8));

        File f = new File(System.getProperty("java.io.tmpdir"), "tsjvm-std-" + System.nanoTime() + ".txt");
        PrintStream saved = System.out;
        PrintStream savedErr = System.err;
        try (PrintStream file = new PrintStream(new FileOutputStream(f), true, "UTF-8")) {
            System.setOut(file);
            System.setErr(file);
            System.out.println("to the file via System.out");
            System.err.println("to the file via System.err");
            System.out.print(3.25);
            System.out.print(' ');
            System.out.println(new char[] {'o', 'k'});
        } finally {
            System.setOut(saved);
            System.setErr(savedErr);
        }
        try (BufferedReader r = new BufferedReader(new FileReader(f, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) System.out.println("file: " + line);
        }
        System.out.println("deleted: " + f.delete());

        PrintStream ps = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        ps.println("second PrintStream on fd 1");
        System.err.println("stderr line");
        System.out.println("checkError before close: " + System.out.checkError());
        FileInputStream in = new FileInputStream(FileDescriptor.in);
        System.out.println("stdin at end: " + in.read());
        System.out.flush();
        System.out.close();
        System.out.println("lost after close");
        System.err.println("checkError after close: " + System.out.checkError());
        ps.println("still writes: fd 1 is open for the other stream's descriptor object");
        ps.flush();
        System.err.println("ps error: " + ps.checkError());
    }
}
