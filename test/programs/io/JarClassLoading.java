import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.zip.*;

// Loads classes and resources from a jar through URLClassLoader, the path the -jar launcher and -cp jars
// take: ZipFile over RandomAccessFile, Inflater for deflated entries, the manifest. The jar is written
// byte by byte (stored and deflated entries), so no zip entry times need a time zone.
public class JarClassLoading {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-jarload-" + System.nanoTime()));
        Path jar = dir.resolve("payload.jar");
        try {
            Path classDir = Paths.get(JarClassLoading.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            byte[] payload = Files.readAllBytes(classDir.resolve("JarPayload.class"));
            byte[] helper = Files.readAllBytes(classDir.resolve("JarPayload$Helper.class"));
            byte[] manifest = "Manifest-Version: 1.0\r\nMain-Class: JarPayload\r\nImplementation-Title: payload\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            byte[] data = "resource inside the jar\n".repeat(50).getBytes(StandardCharsets.UTF_8);
            ZipWriter w = new ZipWriter();
            w.add("META-INF/MANIFEST.MF", manifest, true);
            w.add("JarPayload.class", payload, true);
            w.add("JarPayload$Helper.class", helper, false);
            w.add("res/data.txt", data, true);
            Files.write(jar, w.finish());
            System.out.println("jar written: " + (Files.size(jar) > 0));

            try (ZipFile zf = new ZipFile(jar.toFile())) {
                System.out.println("entries: " + zf.size() + " manifest stored as " + (zf.getEntry("META-INF/MANIFEST.MF").getMethod() == ZipEntry.DEFLATED ? "deflated" : "stored"));
            }
            try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
                System.out.println("Main-Class: " + jf.getManifest().getMainAttributes().getValue("Main-Class"));
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
            Class<?> c = Class.forName("JarPayload", true, loader);
            System.out.println("loaded " + c.getName() + " from jar: " + (c.getClassLoader() == loader) + " differs from ours: " + (c != JarPayload.class));
            Runnable r = (Runnable) Class.forName("JarPayload$Helper", true, loader).getDeclaredConstructor().newInstance();
            r.run();
            URL res = loader.findResource("res/data.txt");
            System.out.println("resource url protocol: " + res.getProtocol() + " ends with: " + res.toString().endsWith("payload.jar!/res/data.txt"));
            try (InputStream in = res.openStream()) {
                byte[] back = in.readAllBytes();
                System.out.println("resource bytes equal: " + java.util.Arrays.equals(back, data));
            }
            System.out.println("missing resource: " + loader.findResource("nope.txt"));
            try {
                loader.loadClass("NotThere");
            } catch (ClassNotFoundException e) {
                System.out.println("ClassNotFoundException: " + e.getMessage());
            }
            loader.close();
        } finally {
            Files.deleteIfExists(jar);
            Files.delete(dir);
        }
        System.out.println("cleaned up");
    }

    /** A minimal zip writer: local headers, data (stored or raw deflate), central directory, end record. */
    static final class ZipWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream cen = new ByteArrayOutputStream();
        private int count;

        void add(String name, byte[] data, boolean deflate) throws IOException {
            CRC32 crc = new CRC32();
            crc.update(data);
            byte[] body = data;
            if (deflate) {
                Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                d.setInput(data);
                d.finish();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                byte[] buf = new byte[4096];
                while (!d.finished()) b.write(buf, 0, d.deflate(buf));
                d.end();
                body = b.toByteArray();
            }
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            int method = deflate ? 8 : 0;
            // Local file header.
            le32(out, 0x04034b50); le16(out, 20); le16(out, 0x0800); le16(out, method);
            le16(out, 0); le16(out, 0x21); // 1980-01-01 00:00
            le32(out, (int) crc.getValue()); le32(out, body.length); le32(out, data.length);
            le16(out, n.length); le16(out, 0);
            out.write(n);
            out.write(body);
            // Central directory entry.
            le32(cen, 0x02014b50); le16(cen, 20); le16(cen, 20); le16(cen, 0x0800); le16(cen, method);
            le16(cen, 0); le16(cen, 0x21);
            le32(cen, (int) crc.getValue()); le32(cen, body.length); le32(cen, data.length);
            le16(cen, n.length); le16(cen, 0); le16(cen, 0); le16(cen, 0); le16(cen, 0); le32(cen, 0);
            le32(cen, offset);
            cen.write(n);
            count++;
        }

        byte[] finish() throws IOException {
            int cenOffset = out.size();
            byte[] c = cen.toByteArray();
            out.write(c);
            le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, count); le16(out, count);
            le32(out, c.length); le32(out, cenOffset); le16(out, 0);
            return out.toByteArray();
        }

        static void le16(ByteArrayOutputStream o, int v) {
            o.write(v & 0xff);
            o.write((v >>> 8) & 0xff);
        }

        static void le32(ByteArrayOutputStream o, int v) {
            le16(o, v & 0xffff);
            le16(o, v >>> 16);
        }
    }
}

class JarPayload {
    static {
        System.out.println("JarPayload initialized by " + (JarPayload.class.getClassLoader() instanceof java.net.URLClassLoader ? "a URLClassLoader" : "the app loader"));
    }

    public static class Helper implements Runnable {
        public Helper() {}

        public void run() {
            System.out.println("Helper.run from the jar, outer loader is URLClassLoader: " + (JarPayload.class.getClassLoader() instanceof java.net.URLClassLoader));
        }
    }
}
