import java.io.*;

// FileInputStream/FileOutputStream: create, truncate, append, single-byte and bulk reads, skip, available,
// and the exceptions HotSpot throws for missing files, directories and closed streams.
public class FileStreams {
    static File dir;

    public static void main(String[] args) throws Exception {
        dir = new File(System.getProperty("java.io.tmpdir"), "tsjvm-fs-" + System.nanoTime());
        if (!dir.mkdir()) throw new IOException("cannot create temp dir");
        try {
            run();
        } finally {
            deleteTree(dir);
        }
        System.out.println("temp dir removed: " + !dir.exists());
    }

    static void run() throws Exception {
        File f = new File(dir, "data.bin");
        FileOutputStream out = new FileOutputStream(f);
        for (int i = 0; i < 10; i++) out.write(i * 30);
        out.write(new byte[] {'a', 'b', 'c', 'd', 'e'}, 1, 3);
        out.close();
        System.out.println("length after write: " + f.length());

        FileInputStream in = new FileInputStream(f);
        System.out.println("available: " + in.available());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) sb.append(in.read()).append(' ');
        System.out.println("first bytes: " + sb);
        System.out.println("skipped: " + in.skip(3));
        byte[] buf = new byte[16];
        int n = in.read(buf, 2, 10);
        System.out.print("bulk read " + n + ":");
        for (int i = 0; i < n; i++) System.out.print(" " + buf[2 + i]);
        System.out.println();
        System.out.println("at end: " + in.read() + " " + in.read(buf) + " available " + in.available());
        System.out.println("zero-length read: " + in.read(buf, 0, 0));
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println("read after close: " + e);
        }
        try {
            in.available();
        } catch (IOException e) {
            System.out.println("available after close: " + e);
        }

        FileOutputStream app = new FileOutputStream(f, true);
        app.write("XYZ".getBytes("UTF-8"));
        app.close();
        System.out.println("length after append: " + f.length());

        FileOutputStream trunc = new FileOutputStream(f);
        trunc.write(65);
        trunc.close();
        System.out.println("length after truncate: " + f.length());

        try (FileInputStream all = new FileInputStream(f)) {
            System.out.println("readAllBytes: " + new String(all.readAllBytes(), "UTF-8"));
        }

        FileOutputStream closed = new FileOutputStream(new File(dir, "closed"));
        closed.close();
        try {
            closed.write(1);
        } catch (IOException e) {
            System.out.println("write after close: " + e);
        }
        try {
            in.read(null, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null buffer: NullPointerException");
        }
        try {
            new FileInputStream(f).read(buf, 10, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getName());
        }

        String missing = dir.getName() + "/no/such/file";
        try {
            new FileInputStream(new File(dir.getParentFile(), missing));
        } catch (FileNotFoundException e) {
            System.out.println("missing: " + e.getMessage().substring(e.getMessage().indexOf("/no/such")));
        }
        try {
            new FileInputStream(dir);
        } catch (FileNotFoundException e) {
            System.out.println("directory: " + e.getMessage().endsWith(" (Is a directory)"));
        }
        try {
            new FileOutputStream(dir);
        } catch (FileNotFoundException e) {
            System.out.println("write directory: " + e.getMessage().endsWith(" (Is a directory)"));
        }
        try {
            new FileOutputStream(new File(f, "child"));
        } catch (FileNotFoundException e) {
            System.out.println("under a file: " + e.getMessage().endsWith("data.bin/child (Not a directory)"));
        }
        try {
            new FileInputStream("");
        } catch (FileNotFoundException e) {
            System.out.println("empty name: " + e.getMessage());
        }
        try {
            new FileInputStream("bad\0name");
        } catch (FileNotFoundException e) {
            System.out.println("NUL in name: " + e.getMessage());
        }
    }

    static void deleteTree(File f) {
        File[] kids = f.listFiles();
        if (kids != null) for (File k : kids) deleteTree(k);
        f.delete();
    }
}
