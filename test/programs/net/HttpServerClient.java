import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.*;

// The JDK's own HTTP server (com.sun.net.httpserver, a Selector loop) with HttpURLConnection clients.
public class HttpServerClient {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/greet", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            byte[] body = ("Hello, " + (query == null ? "nobody" : query) + " via " + exchange.getRequestMethod()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Server", "tsjvm-test");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/upload", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            byte[] body = ("got " + in.length + " bytes, sum " + sum(in)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        server.setExecutor(pool);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        for (String q : new String[] {"name=a", null, "x=1&y=2"}) {
            HttpURLConnection c = (HttpURLConnection) new URL(base + "/greet" + (q == null ? "" : "?" + q)).openConnection();
            System.out.println(c.getResponseCode() + " " + c.getHeaderField("X-Server") + " " + new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }

        HttpURLConnection up = (HttpURLConnection) new URL(base + "/upload").openConnection();
        up.setDoOutput(true);
        up.setRequestMethod("PUT");
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        up.setFixedLengthStreamingMode(data.length);
        try (OutputStream o = up.getOutputStream()) {
            o.write(data);
        }
        System.out.println(up.getResponseCode() + " " + new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        HttpURLConnection missing = (HttpURLConnection) new URL(base + "/none").openConnection();
        System.out.println("missing: " + missing.getResponseCode() + " " + new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));

        server.stop(0);
        pool.shutdown();
        System.out.println("pool done: " + pool.awaitTermination(5, TimeUnit.SECONDS));
    }

    static long sum(byte[] b) {
        long s = 0;
        for (byte x : b) s += x & 0xff;
        return s;
    }
}
