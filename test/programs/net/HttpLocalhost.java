import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// HttpURLConnection against a small HTTP/1.1 server on 127.0.0.1 in the same program: GET, POST,
// 404 with an error stream, a redirect, and keep-alive reuse of the connection.
public class HttpLocalhost {
    static volatile int connections = 0;

    static void serve(ServerSocket server) {
        while (true) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                return;
            }
            connections++;
            new Thread(() -> handle(s)).start();
        }
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') if (c != '\r') sb.append((char) c);
        return c == -1 && sb.length() == 0 ? null : sb.toString();
    }

    static void handle(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            String request;
            while ((request = readLine(in)) != null) {
                Map<String, String> headers = new TreeMap<>();
                String h;
                while ((h = readLine(in)) != null && !h.isEmpty()) {
                    int colon = h.indexOf(':');
                    headers.put(h.substring(0, colon).toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                }
                String[] parts = request.split(" ");
                byte[] body = new byte[0];
                if (headers.containsKey("content-length")) body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
                String status, text, extra = "";
                if (parts[1].equals("/hello")) {
                    status = "200 OK";
                    text = "hello, " + headers.get("user-agent").replaceAll("[0-9._]+", "N") + "\n";
                } else if (parts[1].equals("/echo")) {
                    status = "201 Created";
                    text = parts[0] + " " + new String(body, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT) + " type=" + headers.get("content-type");
                } else if (parts[1].equals("/old")) {
                    status = "302 Found";
                    text = "moved";
                    extra = "Location: /hello\r\n";
                } else {
                    status = "404 Not Found";
                    text = "no such page: " + parts[1];
                }
                byte[] payload = text.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nX-Test: yes\r\n" + extra
                        + "Content-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(payload);
                out.flush();
            }
        } catch (IOException e) {
            System.out.println("handler: " + e);
        }
    }

    static String body(InputStream in) throws IOException {
        return in == null ? "null" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> serve(server));
        t.setDaemon(true);
        t.start();
        String base = "http://localhost:" + server.getLocalPort();

        HttpURLConnection get = (HttpURLConnection) new URL(base + "/hello").openConnection();
        System.out.println("GET " + get.getResponseCode() + " " + get.getResponseMessage());
        System.out.println("type: " + get.getContentType() + ", length " + get.getContentLength() + ", x-test " + get.getHeaderField("X-Test"));
        System.out.print("body: " + body(get.getInputStream()));

        HttpURLConnection post = (HttpURLConnection) new URL(base + "/echo").openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setRequestProperty("Content-Type", "text/plain");
        try (OutputStream o = post.getOutputStream()) {
            o.write("posted data".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("POST " + post.getResponseCode() + " " + post.getResponseMessage() + ": " + body(post.getInputStream()));

        HttpURLConnection missing = (HttpURLConnection) new URL(base + "/nope").openConnection();
        System.out.println("missing " + missing.getResponseCode() + " " + missing.getResponseMessage());
        try {
            missing.getInputStream();
        } catch (FileNotFoundException e) {
            System.out.println("input stream: " + e.getClass().getName() + " " + e.getMessage().replace(String.valueOf(server.getLocalPort()), "PORT"));
        }
        System.out.println("error stream: " + body(missing.getErrorStream()));

        HttpURLConnection redirect = (HttpURLConnection) new URL(base + "/old").openConnection();
        System.out.println("redirected: " + redirect.getResponseCode() + " " + redirect.getURL().getPath() + " " + body(redirect.getInputStream()).trim());

        try (InputStream in = new URL(base + "/hello").openStream()) {
            System.out.print("openStream: " + body(in));
        }
        System.out.println("connections used: " + (connections >= 1 && connections <= 5));
        server.close();
    }
}
