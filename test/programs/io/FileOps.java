import java.io.*;
import java.util.Arrays;

// java.io.File over UnixFileSystem: create, delete, rename, list, mkdirs, attributes, permissions, times,
// canonical paths.
public class FileOps {
    public static void main(String[] args) throws Exception {
        File dir = new File(System.getProperty("java.io.tmpdir"), "tsjvm-fileops-" + System.nanoTime());
        System.out.println("mkdir: " + dir.mkdir() + " again: " + dir.mkdir());
        try {
            run(dir);
        } finally {
            deleteTree(dir);
        }
        System.out.println("exists after cleanup: " + dir.exists());
    }

    static void run(File dir) throws Exception {
        File a = new File(dir, "a.txt");
        System.out.println("createNewFile: " + a.createNewFile() + " again: " + a.createNewFile());
        System.out.println("exists " + a.exists() + " isFile " + a.isFile() + " isDirectory " + a.isDirectory()
                + " length " + a.length() + " hidden " + a.isHidden());
        System.out.println("dir isDirectory " + dir.isDirectory() + " isFile " + dir.isFile());
        try (FileWriter w = new FileWriter(a)) {
            w.write("some text\n");
        }
        System.out.println("length " + a.length());

        File nested = new File(dir, "x/y/z");
        System.out.println("mkdir nested: " + nested.mkdir() + " mkdirs: " + nested.mkdirs() + " again: " + nested.mkdirs());
        new File(dir, "x/y/z/deep.txt").createNewFile();
        new File(dir, ".hidden").createNewFile();
        new File(dir, "b.txt").createNewFile();

        String[] names = dir.list();
        Arrays.sort(names);
        System.out.println("list: " + Arrays.toString(names));
        File[] files = dir.listFiles();
        Arrays.sort(files);
        for (File f : files) System.out.println("  " + f.getName() + (f.isDirectory() ? "/" : "") + (f.isHidden() ? " (hidden)" : ""));
        File[] txt = dir.listFiles(new FilenameFilter() {
            public boolean accept(File d, String name) {
                return name.endsWith(".txt");
            }
        });
        System.out.println("txt files: " + txt.length);
        System.out.println("list of a file: " + a.list() + " of a missing dir: " + new File(dir, "nope").list());

        File renamed = new File(dir, "renamed.txt");
        System.out.println("renameTo: " + a.renameTo(renamed) + " old exists " + a.exists() + " new exists " + renamed.exists());
        System.out.println("rename missing: " + a.renameTo(new File(dir, "other")));
        System.out.println("rename into missing dir: " + renamed.renameTo(new File(dir, "none/renamed.txt")));

        System.out.println("delete non-empty dir: " + new File(dir, "x").delete());
        System.out.println("delete missing: " + new File(dir, "missing").delete());
        System.out.println("delete file: " + new File(dir, "b.txt").delete() + " exists " + new File(dir, "b.txt").exists());
        System.out.println("delete empty dir: " + new File(dir, "x/y/z/deep.txt").delete() + " " + new File(dir, "x/y/z").delete());

        System.out.println("canRead " + renamed.canRead() + " canWrite " + renamed.canWrite() + " canExecute " + renamed.canExecute());
        System.out.println("setExecutable " + renamed.setExecutable(true) + " canExecute " + renamed.canExecute());
        System.out.println("setExecutable(false) " + renamed.setExecutable(false, false) + " canExecute " + renamed.canExecute());
        System.out.println("setReadOnly " + renamed.setReadOnly());
        System.out.println("setWritable " + renamed.setWritable(true, true) + " canWrite " + renamed.canWrite());
        System.out.println("missing canRead " + new File(dir, "missing").canRead() + " setReadable " + new File(dir, "missing").setReadable(true));

        long t = 1500000000123L;
        System.out.println("setLastModified " + renamed.setLastModified(t) + " lastModified " + renamed.lastModified());
        System.out.println("setLastModified dir " + dir.setLastModified(946684800000L) + " " + dir.lastModified());
        System.out.println("missing lastModified " + new File(dir, "missing").lastModified() + " length " + new File(dir, "missing").length());
        try {
            renamed.setLastModified(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative time: " + e.getMessage());
        }

        String canon = dir.getCanonicalPath();
        System.out.println("canonical is absolute: " + new File(canon).isAbsolute());
        String[] forms = {".", "x/..", "x/./y/../y", "missing/../x", "missing/a/../../renamed.txt", "renamed.txt/..", "x/y/../../..//" + dir.getName()};
        for (String s : forms) {
            String c = new File(dir, s).getCanonicalPath();
            System.out.println("canonical " + s.replace(dir.getName(), "NAME") + " -> " + (c.startsWith(canon) ? "DIR" + c.substring(canon.length()) : c.equals(dir.getParentFile().getCanonicalPath()) ? "PARENT" : "?"));
        }
        System.out.println("getAbsoluteFile of relative: " + new File("rel/x").getAbsolutePath().endsWith("/rel/x"));
        System.out.println("parent " + renamed.getParentFile().getName().equals(dir.getName()) + " name " + renamed.getName());
        System.out.println("root canonical " + new File("/").getCanonicalPath() + " " + new File("/..").getCanonicalPath());
        System.out.println("total space > 0: " + (dir.getTotalSpace() > 0) + " free <= total: " + (dir.getFreeSpace() <= dir.getTotalSpace())
                + " usable <= free: " + (dir.getUsableSpace() <= dir.getFreeSpace()));
        System.out.println("missing space: " + new File(dir, "missing").getTotalSpace());
        File temp = File.createTempFile("pre", ".suf", dir);
        System.out.println("temp file: " + temp.getName().startsWith("pre") + " " + temp.getName().endsWith(".suf") + " " + temp.exists() + " " + temp.length());
    }

    static void deleteTree(File f) {
        File[] kids = f.listFiles();
        if (kids != null) for (File k : kids) deleteTree(k);
        f.delete();
    }
}
