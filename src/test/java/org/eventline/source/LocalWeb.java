package org.eventline.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on a free local port for tests: serves fixed responses by path and counts requests. No
 * outside network is involved.
 */
public final class LocalWeb implements AutoCloseable {

    /** A response: status, headers and body. */
    public record Response(int status, Map<String, String> headers, byte[] body, long delayMillis) {

        public static Response ok(String contentType, byte[] body) {
            return new Response(200, Map.of("Content-Type", contentType), body, 0);
        }

        public static Response html(String html, Charset charset) {
            return ok("text/html; charset=" + charset.name(), html.getBytes(charset));
        }

        public static Response redirect(int status, String location) {
            return new Response(status, Map.of("Location", location), new byte[0], 0);
        }

        public Response delayed(long millis) {
            return new Response(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LocalWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-web");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalWeb serve(String path, Response response) {
        responses.put(path, response);
        return this;
    }

    public LocalWeb serveHtml(String path, String html) {
        return serve(path, Response.html(html, StandardCharsets.UTF_8));
    }

    /** How many requests a path has had. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        Response r = responses.get(path);
        try (exchange) {
            if (r == null) {
                byte[] body = "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
