package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.graph.Graph;
import org.eventline.graph.TestGraph;
import org.eventline.model.Json;
import org.eventline.timeline.Queries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Browser queries of cypher/queries/ against the bundled samples: each runs with the parameters its
 * header tells Browser users to set, and each agrees with what the timeline export says.
 */
class QueriesIT {

    private static final Path FOLDER = Path.of("cypher", "queries");
    private static final Pattern PARAM = Pattern.compile("^//\\s+:param\\s+(\\w+)\\s*=>\\s*(.+)$");
    private static final Pattern USED = Pattern.compile("\\$(\\w+)");

    private static String store;
    private static Graph graph;
    private static JsonNode all;

    @BeforeAll
    static void samples() throws Exception {
        store = SampleGraph.load();
        graph = TestGraph.get();
        Cli r = Cli.run("export", "--store", store, "--format", "json");
        assertEquals(0, r.code(), r.err());
        all = Json.MAPPER.readTree(r.out()).get("entries");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().replace(".cypher", "");
    }

    /** The parameters a query file's header sets with :param, evaluated as Browser would (as Cypher). */
    private static Map<String, Object> headerParams(String text) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = PARAM.matcher(line.strip());
            if (m.matches()) {
                params.put(m.group(1), graph.query("RETURN " + m.group(2) + " AS v", Map.of()).get(0).get("v"));
            }
        }
        return params;
    }

    private static List<Map<String, Object>> run(String name, Map<String, Object> params) {
        return graph.query(Queries.load(name), params);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryRunsWithTheParametersItsHeaderSets() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 7, files.toString());
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("// "), "starts with a comment saying what it answers");
            Set<String> used = new TreeSet<>();
            text.lines().filter(l -> !l.strip().startsWith("//")).forEach(l -> {
                Matcher m = USED.matcher(l);
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
            Map<String, Object> params = headerParams(text);
            assertEquals(used, new TreeSet<>(params.keySet()), "the header sets every parameter the query uses");
            assertEquals(text.strip(), Graph.cypherResource("queries/" + file.getFileName()).strip(), "bundled as is");
            run(name(file), params);
        }));
    }

    private static Set<String> keys(List<Map<String, Object>> rows, String column) {
        Set<String> keys = new TreeSet<>();
        rows.forEach(r -> keys.add((String) r.get(column)));
        return keys;
    }

    private static Set<String> exportKeys(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--store", store, "--format", "json"));
        args.addAll(List.of(filters));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Set<String> keys = new TreeSet<>();
        Json.MAPPER.readTree(r.out()).get("entries").forEach(e -> keys.add(e.get("key").asText()));
        return keys;
    }

    @Test
    void actorTimelineIsTheExportForThatActor() throws Exception {
        List<Map<String, Object>> rows = run("actor-timeline", Map.of("actor", "Zelensky"));
        assertFalse(rows.isEmpty());
        assertEquals(exportKeys("--actor", "Zelensky"), keys(rows, "key"));
        assertEquals(keys(rows, "key"), keys(run("actor-timeline", Map.of("actor", "Q3874799")), "key"));
        rows.forEach(r -> assertTrue(r.get("evidence") != null && r.get("source") != null, r.toString()));
    }

    @Test
    void guaranteesOfferedAreTheOffersAndProposalsForTheBeneficiary() {
        List<Map<String, Object>> rows = run("guarantees-offered", Map.of("beneficiary", "ukraine"));
        Set<String> expected = new TreeSet<>();
        for (JsonNode e : all) {
            boolean forUkraine = false;
            for (JsonNode a : e.get("actors")) {
                forUkraine |= a.get("key").asText().equals("Q212");
            }
            if (e.get("type").asText().equals("SECURITY_GUARANTEE") && forUkraine && !e.get("negated").asBoolean()
                    && Set.of("OFFER", "PROPOSE").contains(e.get("stance").asText())) {
                expected.add(e.get("key").asText());
            }
        }
        assertFalse(expected.isEmpty(), "the samples offer Ukraine guarantees");
        assertEquals(expected, keys(rows, "key"));
        assertTrue(keys(rows, "guarantor").contains("United States"), rows.toString());
    }

    @Test
    void territorialDemandsCountEveryDemand() {
        long demands = 0;
        for (JsonNode e : all) {
            if (e.get("type").asText().equals("TERRITORIAL_POSITION") && e.get("stance").asText().equals("DEMAND")
                    && !e.get("negated").asBoolean()) {
                demands++;
            }
        }
        long counted = run("territorial-demands", Map.of()).stream().mapToLong(r -> (Long) r.get("count")).sum();
        assertEquals(demands, counted);
    }

    @Test
    void claimSourcesListEveryReportInOrder() {
        int checked = 0;
        for (JsonNode e : all) {
            if (!e.get("kind").asText().equals("CLAIM")) {
                continue;
            }
            List<Map<String, Object>> rows = run("claim-sources", Map.of("claim", e.get("key").asText()));
            List<String> expected = new ArrayList<>();
            e.get("sources").forEach(s -> expected.add(s.get("evidence").asText()));
            assertEquals(expected, rows.stream().map(r -> (String) r.get("evidence")).toList());
            checked += rows.size() > 1 ? 1 : 0;
        }
        assertTrue(checked > 0, "some claim is reported twice in the samples");
    }

    @Test
    void changesSinceADateAreWhatItsArticlesReport() {
        String since = "2025-12-16";
        List<Map<String, Object>> rows = run("changes-since", Map.of("since", since));
        Map<String, String> expected = new HashMap<>();
        for (JsonNode e : all) {
            boolean recent = false;
            boolean earlier = false;
            for (JsonNode s : e.get("sources")) {
                recent |= s.get("published").asText().compareTo(since) >= 0;
                earlier |= s.get("published").asText().compareTo(since) < 0;
            }
            if (recent) {
                expected.put(e.get("key").asText(), earlier ? "again" : "new");
            }
        }
        Map<String, String> got = new HashMap<>();
        rows.forEach(r -> got.put((String) r.get("key"), (String) r.get("status")));
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
        assertTrue(got.containsValue("again"), "the US offer is reported on the 15th and again on the 16th");
    }

    @Test
    void overviewDrawsHoldersAndTheirClaims() {
        assertFalse(run("overview", Map.of()).isEmpty());
    }
}
