public class OutAndErr {
    public static void main(String[] args) {
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) System.err.println("err line " + i);
            else System.out.println("out line " + i);
        }
        System.out.print("partial ");
        System.out.print(42);
        System.out.println();
        System.err.print("err partial ");
        System.err.println('!');
        System.out.write('W');
        System.out.write('\n');
        byte[] bytes = { 'b', 'y', 't', 'e', 's', '\n' };
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
        System.err.println("err println " + 7);
        System.out.println(System.out.checkError() ? "error" : "no error");
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true));
        System.out.println("captured text");
        System.setOut(saved);
        System.out.println("captured " + buffer.size() + " bytes: " + buffer.toString().trim());
        System.out.println("tab\tseparated\tcolumns");
        System.out.println("carriage\rreturn");
        System.out.println("unicode escapes printed as ASCII: \\u00e9");
    }
}
