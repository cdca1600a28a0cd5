package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.graph.Graph;
import org.eventline.graph.GraphSnapshot;
import org.eventline.graph.TestGraph;
import org.eventline.model.Json;
import org.eventline.source.LocalWeb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bad-input corpus ({@code corpus/cases.tsv}) as one batch through the command line, {@code ingest} into
 * the test graph and {@code extract}: every bad input gets its one line naming it and the reason, every
 * good one is read as it should be and loaded, the exit code says that some failed, and no stack trace
 * shows.
 */
class BadInputCorpusIT {

    /** One case of the corpus; {@code input} as given on the command line, null when it cannot be made here. */
    record Case(String name, String kind, String expect, String expected, String bodyContains, String input) {

        boolean article() {
            return expect.equals("article");
        }

        boolean error() {
            return expect.equals("error");
        }

        /** The line printed for it, when it is an error or a note. */
        String line() {
            String message = expected.replace("{input}", input).replace("{web}", web.url(""));
            return error() ? "eventline: " + message : message;
        }
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final String EN = "Ukrainian President Volodymyr Zelensky said on Monday that Ukraine would not cede "
            + "the Donbas, while United States envoys offered security guarantees modelled on NATO's Article 5.";

    @TempDir
    static Path dir;

    private static LocalWeb web;
    private static List<Case> cases;
    private static Cli ingest;
    private static Cli extract;
    private static Map<String, Map<String, Object>> loaded;
    private static Map<String, JsonNode> extracted;

    @BeforeAll
    static void runTheBatch() throws Exception {
        web = serve();
        cases = new ArrayList<>();
        Set<String> inputs = new LinkedHashSet<>();
        for (String[] row : rows()) {
            String input = materialise(row[0], row[1]);
            cases.add(new Case(row[0], row[1], row[2], unescape(row[3]), row.length > 4 ? unescape(row[4]) : null, input));
            if (input != null) {
                inputs.add(row[1].startsWith("item:") ? web.url("/feed.xml") : input);
            }
        }
        Graph graph = TestGraph.clean();
        TestGraph.get().announce();
        List<String> args = new ArrayList<>(List.of("ingest", "--store", TestGraph.store().toString(), "--timeout", "5"));
        args.addAll(inputs);
        ingest = Cli.run(args.toArray(String[]::new));
        loaded = new HashMap<>();
        for (Map<String, Object> row : graph.query("MATCH (a:Article) RETURN a.source AS source, a.title AS title", Map.of())) {
            loaded.put((String) row.get("source"), row);
        }
        args.set(0, "extract");
        args.set(1, "--format");
        args.set(2, "jsonl");
        extract = Cli.run(args.toArray(String[]::new));
        extracted = new HashMap<>();
        for (String line : extract.out().lines().toList()) {
            JsonNode document = Json.MAPPER.readTree(line).get("document");
            extracted.put(document.get("source").asText(), document);
        }
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theBatchFailsAsAWholeWithOneLinePerBadInputAndNoStackTrace() {
        List<Case> made = cases.stream().filter(c -> c.input() != null).toList();
        long bad = made.stream().filter(Case::error).count();
        long good = made.stream().filter(Case::article).count();
        Set<String> notes = new LinkedHashSet<>();
        made.stream().filter(c -> c.expect().equals("note")).forEach(c -> notes.add(c.line()));
        assertTrue(cases.size() >= 30, "a corpus of " + cases.size());
        for (Cli run : List.of(ingest, extract)) {
            assertEquals(Main.INPUT_FAILED, run.code(), run.err());
            List<String> errors = run.err().lines().filter(l -> !notes.contains(l)).toList();
            assertEquals(bad, errors.size(), "one line per bad input, nothing else:\n" + run.err());
            assertTrue(errors.stream().allMatch(l -> l.startsWith("eventline: ")), run.err());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception:"), "no stack trace:\n" + run.err());
        }
        assertTrue(ingest.out().contains(good + " new, 0 unchanged, 0 replaced, " + bad + " failed"), ingest.out());
        assertEquals(good, loaded.size(), "every good input of the batch is loaded: " + loaded.keySet());
        assertEquals(good, extract.out().lines().count());
    }

    @Test
    void namesFiltersAndParametersThatLookLikeCypherAreOnlyData() throws Exception {
        Graph graph = TestGraph.get();
        GraphSnapshot before = GraphSnapshot.of(graph);
        assertTrue(before.labels().getOrDefault("Article", 0L) > 0, "the corpus is loaded");
        String store = TestGraph.store().toString();
        String cypher = "x'}) MATCH (n) DETACH DELETE n //";
        List<List<String>> runs = List.of(
                List.of("export", "--store", store, "--format", "json", "--actor", cypher),
                List.of("export", "--store", store, "--format", "json", "--territory", cypher),
                List.of("export", "--store", store, "--format", "json", "--article", cypher),
                List.of("export", "--store", store, "--format", "json", "--history", cypher),
                List.of("export", "--store", store, "--format", "csv", "--actor", "Zelensky", "--territory", cypher,
                        "--type", cypher, "--stance", cypher),
                List.of("disagreements", "--store", store, "--actor", cypher, "--territory", cypher, "--type", cypher),
                List.of("query", "--store", store, "-f", "cypher/queries/actor-timeline.cypher", "-p", "actor=" + cypher),
                List.of("query", "--store", store, "-f", "cypher/queries/guarantees-offered.cypher", "-p",
                        "beneficiary=" + cypher),
                List.of("query", "--store", store, "-f", "cypher/queries/claim-sources.cypher", "-p", "claim=" + cypher));
        for (List<String> args : runs) {
            Cli run = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.OK, run.code(), args + "\n" + run.err());
            assertFalse(run.out().contains("Zelensky") || run.out().contains("Volodymyr"), "nothing matches: " + run.out());
        }
        Cli byTitle = Cli.run("query", "--store", store, "--format", "json",
                "MATCH (a:Article {title: $title}) RETURN a.source AS source ORDER BY source", "-p", "title=" + cypher);
        assertEquals(Main.OK, byTitle.code(), byTitle.err());
        List<String> sources = new ArrayList<>();
        Json.MAPPER.readTree(byTitle.out()).forEach(r -> sources.add(r.get("source").asText()));
        assertEquals(List.of(dir.resolve("cypher-body.txt").toString(), dir.resolve("cypher-title.html").toString()), sources,
                "the title is a value to match, as written");
        GraphSnapshot after = GraphSnapshot.of(graph);
        assertEquals(before, after, before.diff(after));
    }

    @TestFactory
    Stream<DynamicTest> eachCase() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.kind() + ")", () -> check(c)));
    }

    private static void check(Case c) {
        assumeTrue(c.input() != null, c.name() + " cannot be made here (the superuser reads every file)");
        if (!c.article()) {
            String line = c.line();
            for (Cli run : List.of(ingest, extract)) {
                assertEquals(1, run.err().lines().filter(line::equals).count(), "expected once: " + line + "\nin:\n" + run.err());
            }
            assertFalse(loaded.containsKey(c.input()), "not loaded");
            return;
        }
        Map<String, Object> row = loaded.get(c.input());
        assertNotNull(row, c.input() + " is loaded; loaded are " + loaded.keySet());
        JsonNode document = extracted.get(c.input());
        assertNotNull(document, c.input() + " is extracted");
        String title = c.expected().equals("-") ? null : c.expected();
        assertEquals(title, row.get("title"), "title in the graph");
        assertEquals(title, document.path("title").isNull() || document.path("title").isMissingNode() ? null
                : document.get("title").asText(), "title extracted");
        String body = document.get("body").asText();
        assertTrue(body.contains(c.bodyContains()), "the body contains «" + c.bodyContains() + "»: " + shorten(body));
        assertTrue(body.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t'), "no control characters");
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    /** The input a case names, made in the temporary folder or served; null when it cannot be made. */
    private static String materialise(String name, String kind) throws Exception {
        String arg = kind.contains(":") ? kind.substring(kind.indexOf(':') + 1) : "";
        switch (kind.contains(":") ? kind.substring(0, kind.indexOf(':')) : kind) {
            case "file" -> {
                return Files.write(dir.resolve(arg), resource(arg)).toString();
            }
            case "generated" -> {
                return generate(arg).toString();
            }
            case "url" -> {
                return web.url(arg);
            }
            case "item" -> {
                return arg.startsWith("/") ? web.url(arg) : arg;
            }
            case "path", "address" -> {
                return arg;
            }
            case "missing" -> {
                return dir.resolve(name + ".txt").toString();
            }
            case "unreadable" -> {
                Path file = Files.writeString(dir.resolve(name + ".txt"), EN);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                return Files.isReadable(file) ? null : file.toString();
            }
            case "fifo" -> {
                Path fifo = dir.resolve(name + ".txt");
                return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0 ? fifo.toString() : null;
            }
            default -> throw new IllegalArgumentException("unknown input kind " + kind);
        }
    }

    /** Inputs too big to keep in the repository, made for each run. */
    private static Path generate(String kind) throws IOException {
        Path file;
        switch (kind) {
            case "deep-nesting" -> {
                file = dir.resolve("deep.html");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write("<html><head><title>Talks at the bottom of the page</title></head><body>");
                    w.write("<div>".repeat(20_000));
                    w.write(("<p>" + EN + " The talks lasted five hours and the delegations agreed to meet again in "
                            + "January, officials said.</p>").repeat(2));
                    w.write("</div>".repeat(20_000));
                    w.write("</body></html>");
                }
            }
            case "huge-page" -> {
                file = dir.resolve("huge.html");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write("<html><head><title>A page of 50 MB</title></head><body><article>");
                    String paragraph = "<p>" + EN + "</p>\n";
                    for (long n = 0; n < 50L * 1024 * 1024; n += paragraph.length()) {
                        w.write(paragraph);
                    }
                    w.write("</article></body></html>");
                }
            }
            case "long-line" -> {
                file = Files.writeString(dir.resolve("long-line.txt"),
                        "Zelensky said Ukraine refuses to cede territory in the Donbas, ".repeat(100_000 / 64));
            }
            default -> throw new IllegalArgumentException("unknown generated input " + kind);
        }
        return file;
    }

    private static LocalWeb serve() {
        LocalWeb w = new LocalWeb();
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Berlin talks resume</title></head><body>"
                + "<article><h1>Berlin talks resume</h1><p>" + EN + "</p><p>" + EN + "</p></article></body></html>";
        w.serveHtml("/good.html", page);
        w.serve("/latin1-header.html", LocalWeb.Response.ok("text/html; charset=ISO-8859-1", resource("mislabelled-latin1.html")));
        w.serve("/slow.html", LocalWeb.Response.html(page, StandardCharsets.UTF_8).delayed(30_000));
        w.serve("/loop-a", LocalWeb.Response.redirect(302, "/loop-b"));
        w.serve("/loop-b", LocalWeb.Response.redirect(302, "/loop-a"));
        w.serve("/to-file", LocalWeb.Response.redirect(302, "file:///etc/passwd"));
        w.serve("/to-jar", LocalWeb.Response.redirect(301, "jar:file:/etc/x.jar!/a.html"));
        w.serve("/photo", LocalWeb.Response.ok("image/png", resource("photo.png")));
        w.serveHtml("/items/1.html", "<html><body><div class='text'><p>" + EN + "</p><p>" + EN + "</p></div></body></html>");
        w.serve("/feed.xml", LocalWeb.Response.ok("application/rss+xml; charset=utf-8", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World</title><link>%s</link>
                <item><title>Talks resume</title><link>%s</link><pubDate>Mon, 15 Dec 2025 10:30:00 +0100</pubDate></item>
                <item><title>Local secrets</title><link>file:///etc/passwd</link></item>
                </channel></rss>
                """).formatted(w.url("/"), w.url("/items/1.html")).getBytes(StandardCharsets.UTF_8)));
        return w;
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(resource("cases.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static byte[] resource(String name) {
        try (InputStream in = BadInputCorpusIT.class.getResourceAsStream("/org/eventline/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String s) {
        Matcher m = UNICODE_ESCAPE.matcher(s.replace("\\n", "\n"));
        return m.replaceAll(r -> String.valueOf((char) Integer.parseInt(r.group(1), 16)));
    }
}
