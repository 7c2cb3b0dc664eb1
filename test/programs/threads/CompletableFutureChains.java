import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

// CompletableFuture chains on the common pool and on an executor.
public class CompletableFutureChains {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6 * 7);
        CompletableFuture<String> b = a.thenApply(v -> "answer=" + v);
        System.out.println(b.get());

        CompletableFuture<Integer> x = CompletableFuture.supplyAsync(() -> 20);
        CompletableFuture<Integer> y = CompletableFuture.supplyAsync(() -> 22);
        System.out.println("combine: " + x.thenCombine(y, (p, q) -> p + q).join());

        CompletableFuture<Integer> composed = a.thenCompose(v -> CompletableFuture.supplyAsync(() -> v * 2));
        System.out.println("compose: " + composed.join());

        // Exceptions travel down the chain.
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("bad input");
        });
        CompletableFuture<Integer> recovered = failing.thenApply(v -> v + 1).exceptionally(e -> {
            System.out.println("exceptionally got " + e.getClass().getSimpleName() + " / " + e.getCause());
            return -1;
        });
        System.out.println("recovered: " + recovered.join());
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: CompletionException caused by " + e.getCause());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: ExecutionException caused by " + e.getCause());
        }
        String handled = failing.handle((v, e) -> e == null ? "value " + v : "handled " + e.getCause().getMessage()).join();
        System.out.println(handled);
        System.out.println("isCompletedExceptionally " + failing.isCompletedExceptionally());

        // A long chain on a dedicated executor.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletableFuture<Long> chain = CompletableFuture.supplyAsync(() -> 1L, pool);
        for (int i = 2; i <= 20; i++) {
            final long k = i;
            chain = chain.thenApplyAsync(v -> v * k, pool);
        }
        System.out.println("20! = " + chain.get(30, TimeUnit.SECONDS));

        // allOf / anyOf over many futures.
        List<CompletableFuture<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            final int n = i;
            many.add(CompletableFuture.supplyAsync(() -> n * n, pool));
        }
        CompletableFuture.allOf(many.toArray(new CompletableFuture[0])).join();
        int sum = 0;
        for (CompletableFuture<Integer> f : many) sum += f.join();
        System.out.println("allOf sum of squares " + sum);
        CompletableFuture<Object> any = CompletableFuture.anyOf(CompletableFuture.completedFuture("done already"), new CompletableFuture<String>());
        System.out.println("anyOf " + any.join());

        // Manual completion from another thread; thenAccept / thenRun / whenComplete order on one future.
        final CompletableFuture<String> manual = new CompletableFuture<>();
        final StringBuffer events = new StringBuffer();
        CompletableFuture<Void> accepted = manual.thenAccept(s -> events.append("accept(" + s + ") "));
        CompletableFuture<Void> ran = accepted.thenRun(() -> events.append("run "));
        CompletableFuture<String> completed = manual.whenComplete((v, e) -> events.append("whenComplete "));
        new Thread(() -> manual.complete("hello")).start();
        ran.join();
        completed.join();
        System.out.println("manual: " + manual.join() + ", complete again " + manual.complete("again") + ", events contain accept and run: "
                + (events.indexOf("accept(hello)") >= 0 && events.indexOf("run") > events.indexOf("accept")));

        // Timeouts and completeOnTimeout (Java 9+).
        CompletableFuture<String> never = new CompletableFuture<>();
        System.out.println("completeOnTimeout: " + never.completeOnTimeout("fallback", 10, TimeUnit.MILLISECONDS).join());
        CompletableFuture<String> never2 = new CompletableFuture<>();
        try {
            never2.orTimeout(10, TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: " + e.getCause().getClass().getName());
        }

        // Anonymous classes instead of lambdas.
        CompletableFuture<String> anon = CompletableFuture.supplyAsync(new Supplier<String>() {
            public String get() { return "anon"; }
        }, pool).thenApply(new Function<String, String>() {
            public String apply(String s) { return s.toUpperCase(); }
        }).thenCombine(CompletableFuture.completedFuture(3), new BiFunction<String, Integer, String>() {
            public String apply(String s, Integer n) { return s.repeat(n); }
        });
        System.out.println(anon.get());
        // Cancel.
        CompletableFuture<String> toCancel = new CompletableFuture<>();
        System.out.println("cancel " + toCancel.cancel(true) + " isCancelled " + toCancel.isCancelled() + " isDone " + toCancel.isDone());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
