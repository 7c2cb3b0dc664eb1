import java.io.*;
import java.nio.file.*;
import java.util.*;

// Directory trees: createDirectories, DirectoryStream with and without glob filters, Files.list, Files.walk
// with depth limits, Files.find, File.list on the same tree. Output is sorted: directory order is the
// file system's.
public class DirectoryListing {
    public static void main(String[] args) throws IOException {
        Path root = Paths.get(System.getProperty("java.io.tmpdir"), "tsjvm-nio-dir-" + System.nanoTime());
        Files.createDirectories(root.resolve("a/b/c"));
        try {
            run(root);
        } finally {
            List<Path> all = new ArrayList<>();
            try (java.util.stream.Stream<Path> s = Files.walk(root)) {
                s.forEach(all::add);
            }
            Collections.reverse(all);
            for (Path p : all) Files.delete(p);
        }
        System.out.println("removed " + Files.notExists(root));
    }

    static void run(Path root) throws IOException {
        String[] files = {"a/one.txt", "a/two.java", "a/b/three.txt", "a/b/c/four.md", "five.txt", "six.java"};
        for (String f : files) Files.writeString(root.resolve(f), f);
        Files.createDirectories(root.resolve("a/b/c"));
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) names.add(p.getFileName().toString());
        }
        Collections.sort(names);
        System.out.println("top: " + names);
        names.clear();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "*.{txt,md}")) {
            for (Path p : ds) names.add(p.getFileName().toString());
        }
        System.out.println("glob *.{txt,md}: " + names);
        names.clear();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve("a"), new DirectoryStream.Filter<Path>() {
            public boolean accept(Path p) {
                return Files.isDirectory(p);
            }
        })) {
            for (Path p : ds) names.add(p.getFileName().toString());
        }
        System.out.println("filter directories in a: " + names);
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            System.out.println("Files.list count: " + s.count());
        }
        List<String> walked = new ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> walked.add(root.relativize(p).toString()));
        }
        Collections.sort(walked);
        System.out.println("walk: " + walked);
        List<String> shallow = new ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.walk(root, 1)) {
            s.forEach(p -> shallow.add(root.relativize(p).toString()));
        }
        Collections.sort(shallow);
        System.out.println("walk depth 1: " + shallow);
        List<String> found = new ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.find(root, 10, (p, a) -> a.isRegularFile() && p.toString().endsWith(".txt"))) {
            s.forEach(p -> found.add(p.getFileName().toString()));
        }
        Collections.sort(found);
        System.out.println("find *.txt: " + found);
        PathMatcher m = root.getFileSystem().getPathMatcher("glob:**/*.java");
        int java = 0;
        for (String w : walked) if (m.matches(root.resolve(w))) java++;
        System.out.println("glob matcher **/*.java: " + java);
        String[] list = root.resolve("a").toFile().list();
        Arrays.sort(list);
        System.out.println("File.list a: " + Arrays.toString(list));
        try (java.util.stream.Stream<String> lines = Files.lines(root.resolve("a/one.txt"))) {
            System.out.println("lines: " + lines.count());
        }
        try {
            Files.walk(root.resolve("missing")).close();
        } catch (NoSuchFileException e) {
            System.out.println("walk missing: NoSuchFileException");
        }
    }
}
