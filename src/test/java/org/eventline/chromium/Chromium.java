package org.eventline.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Headless Chromium for tests: Debian's {@code chromium} (or $CHROMIUM). {@link #require()} skips a test
 * cleanly where there is none, so that the build passes on a machine without a browser.
 */
public final class Chromium {

    /** Screenshots and pages the browser tests keep for people to look at. */
    public static final Path ARTIFACTS = Path.of("target", "test-artifacts");

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium, or the test is skipped (a JUnit assumption). */
    public static Chromium require() {
        Path exe = find();
        Assumptions.assumeTrue(exe != null, "no chromium on this machine (install Debian's chromium, or set $CHROMIUM)");
        try {
            Files.createDirectories(ARTIFACTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chromium(exe);
    }

    private static Path find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The page's DOM after its scripts ran, as headless Chromium's --dump-dom prints it. */
    public String dumpDom(String url) {
        return new String(run(List.of("--dump-dom", "--virtual-time-budget=5000", url)), StandardCharsets.UTF_8);
    }

    /** A PNG of the page in a window of the given size. */
    public void screenshot(String url, Path png, int width, int height) {
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--virtual-time-budget=5000", url));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot " + png);
        }
    }

    private byte[] run(List<String> args) {
        Path profile = tempProfile();
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish: " + cmd);
            }
            return out.get();
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("cannot run chromium: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            delete(profile);
        }
    }

    /** A live page driven over the DevTools protocol, for pages that need clicks and typing. */
    public Page open(String url, int width, int height) {
        Path profile = tempProfile();
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, url));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Page(p, profile);
        } catch (IOException e) {
            delete(profile);
            throw new AssertionError("cannot start chromium: " + e, e);
        }
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("eventline-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** Polls a condition every 250 ms until it holds, or fails naming what was awaited. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** One tab, driven with a handful of DevTools protocol commands over a WebSocket. */
    public static final class Page implements AutoCloseable {

        private final Process process;
        private final Path profile;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

        private Page(Process process, Path profile) {
            this.process = process;
            this.profile = profile;
            try {
                Path portFile = profile.resolve("DevToolsActivePort");
                await("chromium's DevTools port", Duration.ofSeconds(60), () -> Files.isRegularFile(portFile)
                        && !read(portFile).isBlank());
                String port = read(portFile).lines().findFirst().orElseThrow().strip();
                HttpClient http = HttpClient.newHttpClient();
                String ws = null;
                for (JsonNode target : Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body())) {
                    if ("page".equals(target.path("type").asText())) {
                        ws = target.get("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (ws == null) {
                    throw new AssertionError("chromium opened no page");
                }
                socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(30, TimeUnit.SECONDS);
            } catch (AssertionError e) {
                close0();
                throw e;
            } catch (Exception e) {
                close0();
                throw new AssertionError("cannot drive chromium: " + e, e);
            }
        }

        private static String read(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return "";
            }
        }

        /** Sends a DevTools command and waits for its result. */
        public JsonNode send(String method, Map<String, Object> params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(Json.line(Map.of("id", id, "method", method, "params", params)), true);
            try {
                JsonNode r = reply.get(60, TimeUnit.SECONDS);
                if (r.has("error")) {
                    throw new AssertionError(method + " failed: " + r.get("error"));
                }
                return r.path("result");
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError(method + ": no answer from chromium (" + e + ")", e);
            } finally {
                pending.remove(id);
            }
        }

        /** The value of a JavaScript expression in the page (promises awaited). */
        public JsonNode eval(String expression) {
            JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                    "awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + expression + ": " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value");
        }

        public boolean test(String expression) {
            try {
                return eval(expression).asBoolean(false);
            } catch (AssertionError e) {
                return false;
            }
        }

        /** Types text into the focused element as a user would (input events included). */
        public void type(String text) {
            send("Input.insertText", Map.of("text", text));
        }

        public void screenshot(Path png) {
            String data = send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
            try {
                Files.write(png, Base64.getDecoder().decode(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.abort();
            }
            close0();
        }

        private void close0() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delete(profile);
        }

        private final class Listener implements WebSocket.Listener {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    try {
                        JsonNode message = Json.MAPPER.readTree(buffer.toString());
                        CompletableFuture<JsonNode> reply = message.has("id") ? pending.get(message.get("id").asInt()) : null;
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } catch (IOException e) {
                        // events we do not read may be anything; replies are always JSON
                    }
                    buffer.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }
    }
}
