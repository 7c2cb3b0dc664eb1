// The JDK reads its runtime image (lib/modules) itself, through jdk.internal.jimage: for classes and
// resources of modules the platform and application loaders define (java.sql, jdk.localedata's locale
// data) and for the jrt: file system. The VM hands the reader its mapping of the image
// (NativeImageBuffer.getNativeMap), as HotSpot does, so these read the image without a FileChannel.
import java.net.URI;
import java.nio.file.*;
import java.time.LocalDate;
import java.time.format.*;
import java.util.*;
import java.util.stream.*;

public class RuntimeImage {
    public static void main(String[] args) throws Exception {
        Class<?> sqlDate = Class.forName("java.sql.Date");
        System.out.println(sqlDate.getName() + " " + sqlDate.getModule().getName() + " " + (sqlDate.getClassLoader() != null));
        System.out.println(String.format(Locale.GERMANY, "%,.2f", 1234567.891));
        System.out.println(String.format(Locale.FRANCE, "%,d", 1234567));
        System.out.println(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.JAPAN).format(LocalDate.of(2020, 1, 2)));
        System.out.println(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("ru")).format(LocalDate.of(2021, 3, 4)));
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        byte[] bytes = Files.readAllBytes(jrt.getPath("/modules/java.sql/java/sql/Date.class"));
        System.out.println(bytes.length + " " + Arrays.hashCode(bytes) + " " + Integer.toHexString(((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff)));
        try (Stream<Path> s = Files.list(jrt.getPath("/modules/java.sql/java/sql"))) {
            System.out.println(s.map(p -> p.getFileName().toString()).sorted().limit(5).collect(Collectors.toList()));
        }
        byte[] viaLoader = sqlDate.getResourceAsStream("Date.class").readAllBytes();
        System.out.println(Arrays.equals(bytes, viaLoader));
    }
}
