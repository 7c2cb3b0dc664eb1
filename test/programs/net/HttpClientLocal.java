import com.sun.net.httpserver.HttpServer;
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.*;

// java.net.http.HttpClient (non-blocking channels and a Selector of its own) against com.sun.net.httpserver:
// synchronous and asynchronous requests, POST bodies, status codes and headers.
public class HttpClientLocal {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            int status = path.equals("/missing") ? 404 : 200;
            byte[] body = (exchange.getRequestMethod() + " " + path + " body=" + new String(in, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Path", path);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        server.setExecutor(pool);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/hello")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode() + " " + r.headers().firstValue("x-path").orElse("?") + " " + r.body() + " " + r.version());

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(base.resolve("/post"))
                .POST(HttpRequest.BodyPublishers.ofString("data=1")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(post.statusCode() + " " + post.body());

        CompletableFuture<HttpResponse<String>> async = client.sendAsync(
                HttpRequest.newBuilder(base.resolve("/missing")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = async.get(20, TimeUnit.SECONDS);
        System.out.println(missing.statusCode() + " " + missing.body());

        server.stop(0);
        pool.shutdown();
        System.out.println("done");
    }
}
