import java.io.FileNotFoundException;
import java.io.IOException;

public class CheckedFromMain {
    static void open(String name) throws IOException {
        if (name.endsWith(".missing")) throw new FileNotFoundException(name + " (No such file or directory)");
        System.out.println("opened " + name);
    }

    public static void main(String[] args) throws Exception {
        open("present.txt");
        try {
            open("caught.missing");
        } catch (IOException e) {
            System.out.println("caught " + e);
        }
        open("config.missing");
        System.out.println("not reached");
    }
}
