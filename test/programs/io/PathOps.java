import java.io.File;
import java.net.URI;
import java.nio.file.*;
import java.util.*;

// Path arithmetic on the default (Unix) file system: normalize, resolve, relativize, subpaths, comparison,
// URIs, conversion to and from java.io.File; absolute paths are shown relative to user.dir.
public class PathOps {
    public static void main(String[] args) {
        Path p = Paths.get("/a/b/./c/../d/e.txt");
        System.out.println(p + " normalize " + p.normalize() + " root " + p.getRoot() + " name " + p.getFileName() + " count " + p.getNameCount());
        System.out.println("parent " + p.getParent() + " subpath " + p.subpath(1, 3) + " name(0) " + p.getName(0));
        Path rel = Paths.get("x", "y", "z");
        System.out.println(rel + " absolute? " + rel.isAbsolute() + " root " + rel.getRoot());
        System.out.println("resolve " + p.resolve("f") + " | " + p.resolve("/abs") + " | sibling " + p.resolveSibling("g"));
        System.out.println("relativize " + Paths.get("/a/b/c").relativize(Paths.get("/a/x/y")) + " | " + Paths.get("a").relativize(Paths.get("a/b/c")));
        System.out.println("startsWith " + p.startsWith("/a/b") + " " + p.startsWith("/a/bb") + " endsWith " + p.endsWith("e.txt") + " " + p.endsWith("d/e.txt"));
        System.out.println("compare " + Paths.get("a").compareTo(Paths.get("b")) + " equals " + Paths.get("a/b").equals(Paths.get("a//b/")));
        List<String> parts = new ArrayList<>();
        for (Path part : p) parts.add(part.toString());
        System.out.println("iterate " + parts);
        System.out.println("empty path '" + Paths.get("") + "' names " + Paths.get("").getNameCount() + " normalize '" + Paths.get("a/..").normalize() + "'");
        System.out.println("dots " + Paths.get("../../x").normalize() + " " + Paths.get("/../x").normalize());
        URI u = Paths.get("/tmp/with space/ü.txt").toUri();
        System.out.println("uri " + u + " back " + Paths.get(u));
        System.out.println("file " + new File("/a/b").toPath() + " " + Paths.get("/a/b").toFile().getPath());
        String cwd = System.getProperty("user.dir");
        System.out.println("toAbsolutePath " + Paths.get("rel/x").toAbsolutePath().toString().equals(cwd + "/rel/x"));
        System.out.println("user.dir is absolute " + Paths.get(cwd).isAbsolute() + " matches File " + new File("").getAbsolutePath().equals(cwd));
        try {
            Paths.get("bad\0path");
        } catch (InvalidPathException e) {
            System.out.println("invalid: " + e.getReason() + " at " + e.getIndex());
        }
        System.out.println("separator " + FileSystems.getDefault().getSeparator() + " roots " + FileSystems.getDefault().getRootDirectories().iterator().next());
        System.out.println("matcher " + FileSystems.getDefault().getPathMatcher("glob:*.{c,h}").matches(Paths.get("x.h")));
    }
}
