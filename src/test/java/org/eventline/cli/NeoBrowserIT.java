package org.eventline.cli;

import org.eventline.chromium.Chromium;
import org.eventline.graph.EmbeddedServer;
import org.eventline.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Neo4j Browser as a user meets it: `eventline demo` in its own process prints the Browser address; headless
 * Chromium opens it, finds the connect form filled in, logs in with the store's password, runs a query of
 * cypher/queries/ with the parameter its header sets, applies eventline.grass and draws the overview.
 * Skipped where there is no Chromium.
 */
class NeoBrowserIT {

    /** Generous: on a busy machine the demo's start and ingest alone can take minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Pattern BROWSER_LINE = Pattern.compile("Browser: (http://\\S+)");

    private Process demo;
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (demo != null) {
            demo.destroy();  // SIGTERM: the shutdown hook stops Neo4j
            if (!demo.waitFor(60, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    private String startDemo(Path store) throws IOException {
        int bolt = EmbeddedServer.freePortForTests();
        int http = EmbeddedServer.freePortForTests();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        demo = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--store", store.toString(), "--bolt-port", String.valueOf(bolt),
                "--http-port", String.valueOf(http))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(demo.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.add(line);
                    }
                    Matcher m = BROWSER_LINE.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new AssertionError("demo ended without serving"));
        }, "demo-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return url.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            synchronized (log) {
                throw new AssertionError("demo printed no Browser address: " + e + "\n" + String.join("\n", log), e);
            }
        }
    }

    /** A query file as one line for the editor, without its comments. */
    private static String oneLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.strip().startsWith("//"))
                .map(String::strip).collect(Collectors.joining(" ")).strip();
    }

    private static void run(Chromium.Page page, String command) {
        page.eval("document.querySelector('[data-testid=activeEditor] textarea').focus()");
        page.type(command);
        page.eval("document.querySelector('[data-testid=editor-Run]').click()");
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void browserConnectsWithThePrintedAddressAndRunsTheQueries() throws Exception {
        Chromium chromium = Chromium.require();
        Path store = Files.createTempDirectory("eventline-browser-it-");
        String url = startDemo(store);
        assertTrue(url.contains("dbms=") && url.contains("preselectAuthMethod=NATIVE"), url);
        String password = Files.readString(Graph.passwordFile(store)).strip();
        try (Chromium.Page page = chromium.open(url, 1400, 900)) {
            Chromium.await("the connect form", PATIENCE, () -> page.test("!!document.querySelector('[data-testid=password]')"));
            String boltPort = url.replaceAll(".*%3A(\\d+).*", "$1");
            assertEquals("127.0.0.1:" + boltPort, page.eval("document.querySelector('[data-testid=boltaddress]').value").asText());
            assertEquals("bolt://", page.eval("document.querySelector('[data-testid=bolt-scheme-select]').value").asText());
            assertEquals("neo4j", page.eval("document.querySelector('[data-testid=username]').value").asText());
            assertEquals("neo4j", page.eval("document.querySelector('[data-testid=database]').value").asText());
            assertEquals("NATIVE", page.eval("document.querySelector('[data-testid=authenticationMethod]').value").asText());

            page.eval("document.querySelector('[data-testid=password]').focus()");
            page.type(password);
            page.eval("document.querySelector('[data-testid=connect]').click()");
            Chromium.await("the connection", PATIENCE, () -> page.test("document.body.innerText.includes('connected as user neo4j')"));

            Path guarantees = Path.of("cypher", "queries", "guarantees-offered.cypher");
            String param = Files.readAllLines(guarantees).stream().map(String::strip)
                    .filter(l -> l.startsWith("//   :param ")).findFirst().orElseThrow().substring(5);
            run(page, param);
            Chromium.await("the parameter", PATIENCE, () -> page.test("document.body.innerText.includes('Successfully set your parameters')"));
            run(page, oneLine(guarantees));
            Chromium.await("the guarantees table", PATIENCE,
                    () -> page.test("!!document.querySelector('[data-testid=frame] table') && "
                            + "document.querySelector('[data-testid=frame]').innerText.includes('\"United States\"')"));
            page.screenshot(Chromium.ARTIFACTS.resolve("neo4j-browser-guarantees.png"));

            String grass = Files.readString(Path.of("cypher", "eventline.grass")).replaceAll("\\s+", " ");
            String actorColour = grass.replaceAll(".*node\\.Actor \\{[^}]*? color: (#[0-9A-Fa-f]{6});.*", "$1");
            run(page, ":style " + grass);
            run(page, oneLine(Path.of("cypher", "queries", "overview.cypher")));
            Chromium.await("the overview drawn in eventline's colours", PATIENCE,
                    () -> page.test("[...document.querySelectorAll('svg circle')].some(c => "
                            + "(c.getAttribute('fill') || '').toLowerCase() === " + js(actorColour.toLowerCase()) + ")"
                            + " && [...document.querySelectorAll('svg text')].some(t => t.textContent.includes('Ukraine'))"));
            Thread.sleep(1500);  // let the force layout settle for the picture
            Path png = Chromium.ARTIFACTS.resolve("neo4j-browser.png");
            page.screenshot(png);
            assertTrue(Files.size(png) > 10_000);
        }
    }
}
