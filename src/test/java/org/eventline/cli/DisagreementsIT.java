package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.graph.TestGraph;
import org.eventline.model.Actor;
import org.eventline.model.ActorType;
import org.eventline.model.Article;
import org.eventline.model.Claim;
import org.eventline.model.Extraction;
import org.eventline.model.Json;
import org.eventline.model.Mention;
import org.eventline.model.Place;
import org.eventline.model.Stance;
import org.eventline.timeline.TimelineSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisagreementsIT {

    private static final Set<String> SUPPORT = Set.of("OFFER", "PROPOSE", "DEMAND", "ACCEPT");

    @TempDir
    Path dir;

    private static JsonNode disagreements(String store, String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("disagreements", "--store", store, "--format", "json"));
        args.addAll(List.of(filters));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode list = Json.MAPPER.readTree(r.out()).get("disagreements");
        for (JsonNode d : list) {
            // Each side is a timeline entry of the published schema.
            var doc = Json.MAPPER.createObjectNode().put("format", "eventline-timeline").put("version", 1);
            doc.putArray("entries").add(d.get("support")).add(d.get("opposition"));
            assertEquals(List.of(), TimelineSchema.problems(doc));
        }
        return list;
    }

    private static Set<String> pairs(JsonNode list) {
        Set<String> pairs = new TreeSet<>();
        list.forEach(d -> pairs.add(d.at("/support/key").asText() + " " + d.at("/opposition/key").asText()));
        return pairs;
    }

    private static Set<String> keys(JsonNode named) {
        Set<String> keys = new HashSet<>();
        named.forEach(n -> keys.add(n.get("key").asText()));
        return keys;
    }

    /** The documented rule, applied by brute force to every claim of the timeline. */
    private static Set<String> byTheRule(JsonNode entries) {
        Set<String> pairs = new TreeSet<>();
        for (JsonNode s : entries) {
            for (JsonNode o : entries) {
                if (!s.get("kind").asText().equals("CLAIM") || !o.get("kind").asText().equals("CLAIM")
                        || !s.get("type").equals(o.get("type"))
                        || s.at("/holder/key").asText().equals(o.at("/holder/key").asText())) {
                    continue;
                }
                boolean supports = SUPPORT.contains(s.get("stance").asText()) && !s.get("negated").asBoolean();
                boolean opposes = o.get("stance").asText().equals("REJECT")
                        || (SUPPORT.contains(o.get("stance").asText()) && o.get("negated").asBoolean());
                Set<String> sp = keys(s.get("places"));
                Set<String> op = keys(o.get("places"));
                Set<String> common = new HashSet<>(sp.isEmpty() && op.isEmpty() ? keys(s.get("actors")) : sp);
                common.retainAll(sp.isEmpty() && op.isEmpty() ? keys(o.get("actors")) : op);
                if (supports && opposes && !common.isEmpty()) {
                    pairs.add(s.get("key").asText() + " " + o.get("key").asText());
                }
            }
        }
        return pairs;
    }

    private static JsonNode timeline(String store) throws Exception {
        Cli r = Cli.run("export", "--store", store, "--format", "json");
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out()).get("entries");
    }

    @Test
    void theSamplesDisagreeExactlyWhereTheRuleSays() throws Exception {
        String store = SampleGraph.load();
        JsonNode list = disagreements(store);
        assertEquals(byTheRule(timeline(store)), pairs(list));
        for (JsonNode d : list) {
            assertFalse(d.at("/support/evidence").asText().isBlank());
            assertFalse(d.at("/opposition/evidence").asText().isBlank());
        }
    }

    private static Actor actor(String id, String name, ActorType type) {
        return new Actor(id, name, id.startsWith("Q") ? id : null, type, List.of(new Mention(name, 0, name.length())), 0.9);
    }

    private static Claim claim(String type, String holder, Stance stance, boolean negated, List<String> beneficiaries,
                               List<String> territories, String date, String evidence) {
        return new Claim(null, type, holder, stance, negated, beneficiaries, territories, date, null, evidence, 0,
                evidence.length(), 0.8);
    }

    /** A graph written for the rule's corner cases, loaded through the loader like any extraction. */
    @Test
    void territoriesNegationsAndNeutralStances() throws Exception {
        TestGraph.clean().announce();
        String store = TestGraph.store().toString();
        String tp = "TERRITORIAL_POSITION";
        String sg = "SECURITY_GUARANTEE";
        List<Actor> actors = List.of(actor("Q159", "Russia", ActorType.COUNTRY),
                actor("Q3874799", "Volodymyr Zelenskyy", ActorType.PERSON), actor("Q30", "United States", ActorType.COUNTRY),
                actor("Q212", "Ukraine", ActorType.COUNTRY), actor("Q46", "Europe", ActorType.GROUP));
        List<Place> places = List.of(new Place("local:donbas", "Donbas", null, List.of(new Mention("Donbas", 0, 6)), 0.9),
                new Place("Q7835", "Crimea", "Q7835", List.of(new Mention("Crimea", 0, 6)), 0.9));
        List<Claim> claims = List.of(
                claim(tp, "Q159", Stance.DEMAND, false, List.of(), List.of("local:donbas"), "2025-12-02", "Russia demands the Donbas."),
                claim(tp, "Q3874799", Stance.REJECT, true, List.of(), List.of("local:donbas"), "2025-12-03", "Kyiv will not cede the Donbas."),
                claim(tp, "Q30", Stance.PROPOSE, false, List.of(), List.of("local:donbas", "Q7835"), "2025-12", "A free zone in the Donbas."),
                claim(tp, "Q3874799", Stance.CONDITION, false, List.of(), List.of("Q7835"), "2025-12-04", "Only by referendum."),
                claim(tp, "Q159", Stance.STATE, false, List.of(), List.of("Q7835"), "2025-12-05", "Crimea is Russian."),
                claim(sg, "Q46", Stance.OFFER, false, List.of("Q212"), List.of(), "2025-12-06", "Europe offers troops."),
                claim(sg, "Q159", Stance.ACCEPT, true, List.of("Q212"), List.of(), "2025-12-07", "Russia will not accept troops."),
                claim(sg, "Q30", Stance.REJECT, true, List.of("Q212"), List.of(), "2025-12-08", "No US ground troops."),
                claim(sg, "Q30", Stance.OFFER, false, List.of("Q212"), List.of(), "2025-12-08", "US offers Article 5-like guarantees."));
        String body = "A hand-written report for the disagreement rule.";
        Article article = new Article("test:rule", "https://news.example/rule", "The rule", "2025-12-09", null,
                "news.example", "en", body, "hash-rule");
        Extraction x = new Extraction(article, actors, places, List.of(), claims, List.of(), "test");
        Path jsonl = dir.resolve("rule.jsonl");
        Files.writeString(jsonl, Json.line(x) + "\n", StandardCharsets.UTF_8);
        Cli ingest = Cli.run("ingest", "--store", store, "--from-jsonl", jsonl.toString());
        assertEquals(0, ingest.code(), ingest.err());

        JsonNode list = disagreements(store);
        assertEquals(byTheRule(timeline(store)), pairs(list));
        Set<String> seen = new TreeSet<>();
        for (JsonNode d : list) {
            seen.add(d.at("/support/holder/name").asText() + " " + d.at("/support/stance").asText() + " / "
                    + d.at("/opposition/holder/name").asText() + " " + d.at("/opposition/stance").asText()
                    + (d.at("/opposition/negated").asBoolean() ? " negated" : "") + " @" + d.get("at"));
        }
        assertEquals(new TreeSet<>(Set.of(
                "Russia DEMAND / Volodymyr Zelenskyy REJECT negated @[\"Donbas\"]",
                "United States PROPOSE / Volodymyr Zelenskyy REJECT negated @[\"Donbas\"]",
                "Europe OFFER / Russia ACCEPT negated @[\"Ukraine\"]",
                "Europe OFFER / United States REJECT negated @[\"Ukraine\"]",
                "United States OFFER / Russia ACCEPT negated @[\"Ukraine\"]")), seen);
        for (JsonNode d : list) {
            boolean usLimitsItsOwn = d.at("/opposition/holder/name").asText().equals("United States");
            assertEquals(usLimitsItsOwn, d.get("opponentAlsoSupports").asBoolean(), d.toString());
        }

        Cli text = Cli.run("disagreements", "--store", store);
        assertTrue(text.out().contains("Russia DEMAND vs Volodymyr Zelenskyy REJECT: territorial position (Donbas)"),
                text.out());
        assertTrue(text.out().contains("Kyiv will not cede the Donbas."), text.out());
        assertTrue(text.err().contains("5 disagreements"), text.err());
        Cli csv = Cli.run("disagreements", "--store", store, "--format", "csv");
        assertEquals(list.size() + 1, csv.out().split("\r\n").length, csv.out());
        assertTrue(csv.out().startsWith("\uFEFF\"type\",\"at\""), csv.out());
        Cli md = Cli.run("disagreements", "--store", store, "--format", "markdown");
        assertTrue(md.out().startsWith("# Disagreements\n"), md.out());
        assertTrue(md.out().contains("its refusal may only limit its own commitment"), md.out());

        assertEquals(2, disagreements(store, "--type", "territorial_position").size());
        assertEquals(2, disagreements(store, "--territory", "頓巴斯").size(), "any name of the Donbas");
        assertEquals(3, disagreements(store, "--actor", "俄羅斯").size(), "Russia on either side");
        assertEquals(2, disagreements(store, "--to", "2025-12-05").size(), "both claims within");

        Cli history = Cli.run("export", "--store", store, "--format", "json", "--history", "United States");
        JsonNode h = Json.MAPPER.readTree(history.out()).get("entries");
        assertEquals(3, h.size(), h.toString());
        assertTrue(h.get(0).get("change").isNull());
    }
}
