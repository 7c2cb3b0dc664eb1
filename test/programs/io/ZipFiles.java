import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.jar.*;
import java.util.zip.*;

// Zip and jar files on disk: ZipOutputStream (deflated and stored entries, comments, extra data),
// ZipFile and ZipInputStream reading them back, JarOutputStream with a manifest, JarFile and its manifest.
public class ZipFiles {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-zip-" + System.nanoTime()));
        try {
            run(dir);
        } finally {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) Files.delete(p);
            }
            Files.delete(dir);
        }
        System.out.println("cleaned " + Files.notExists(dir));
    }

    static void run(Path dir) throws IOException {
        Path zip = dir.resolve("test.zip");
        byte[] big = "zip file contents, repeated. ".repeat(500).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(zip))) {
            zos.setComment("archive comment");
            ZipEntry e = new ZipEntry("dir/");
            e.setTime(1600000000000L);
            zos.putNextEntry(e);
            zos.closeEntry();
            e = new ZipEntry("dir/big.txt");
            e.setTime(1600000000000L);
            e.setComment("big one");
            zos.putNextEntry(e);
            zos.write(big);
            zos.closeEntry();
            byte[] small = "stored bytes".getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(small);
            e = new ZipEntry("stored.txt");
            e.setMethod(ZipEntry.STORED);
            e.setSize(small.length);
            e.setCrc(crc.getValue());
            e.setTime(1600000000000L);
            zos.putNextEntry(e);
            zos.write(small);
            zos.closeEntry();
            e = new ZipEntry("ünïcode name.txt");
            e.setTime(1600000000000L);
            zos.putNextEntry(e);
            zos.write(new byte[0]);
            zos.closeEntry();
        }
        System.out.println("zip written: " + (Files.size(zip) > 0));
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            System.out.println("entries " + zf.size() + " comment " + zf.getComment());
            List<String> names = new ArrayList<>();
            Enumeration<? extends ZipEntry> en = zf.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                names.add(e.getName() + " dir=" + e.isDirectory() + " size=" + e.getSize() + " method=" + e.getMethod()
                        + " crc=" + Long.toHexString(e.getCrc()) + " comment=" + e.getComment());
            }
            for (String n : names) System.out.println("  " + n);
            ZipEntry b = zf.getEntry("dir/big.txt");
            try (InputStream in = zf.getInputStream(b)) {
                byte[] back = in.readAllBytes();
                System.out.println("big entry equal " + Arrays.equals(back, big) + " time " + b.getTime());
            }
            try (InputStream in = zf.getInputStream(zf.getEntry("stored.txt"))) {
                System.out.println("stored entry: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            System.out.println("missing entry: " + zf.getEntry("nope"));
        }
        try (ZipInputStream zis = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                byte[] data = zis.readAllBytes();
                System.out.println("stream entry " + e.getName() + " read " + data.length);
            }
        }

        Path jar = dir.resolve("app.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "example.Main");
        mf.getMainAttributes().putValue("Created-By", "tsjvm test");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            jos.putNextEntry(new JarEntry("example/Main.class"));
            jos.write(new byte[] {(byte) 0xca, (byte) 0xfe});
            jos.closeEntry();
            jos.putNextEntry(new JarEntry("res/data.properties"));
            jos.write("key=value\n".getBytes());
            jos.closeEntry();
        }
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            System.out.println("manifest main class " + m.getMainAttributes().getValue("Main-Class") + " created by "
                    + m.getMainAttributes().getValue("Created-By"));
            JarEntry je = jf.getJarEntry("res/data.properties");
            Properties p = new Properties();
            try (InputStream in = jf.getInputStream(je)) {
                p.load(in);
            }
            System.out.println("property " + p.getProperty("key") + " entries " + jf.size());
        }
        try (JarInputStream jis = new JarInputStream(Files.newInputStream(jar))) {
            System.out.println("JarInputStream manifest " + jis.getManifest().getMainAttributes().getValue("Main-Class"));
            JarEntry e;
            while ((e = jis.getNextJarEntry()) != null) System.out.println("  jar entry " + e.getName());
        }
        Files.write(dir.resolve("broken.zip"), "PK not really".getBytes());
        try {
            new ZipFile(dir.resolve("broken.zip").toFile()).close();
        } catch (ZipException e) {
            System.out.println("broken zip: " + e.getMessage());
        }
        try {
            new ZipFile(dir.resolve("absent.zip").toFile()).close();
        } catch (IOException e) {
            System.out.println("absent zip: " + e.getClass().getName() + " " + e.getMessage().endsWith("absent.zip (No such file or directory)"));
        }
    }
}
