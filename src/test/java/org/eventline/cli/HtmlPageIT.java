package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.chromium.Chromium;
import org.eventline.model.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML export of the samples, rendered by headless Chromium (skipped where there is none). */
class HtmlPageIT {

    private static List<Element> visibleCards(Document dom) {
        List<Element> shown = new ArrayList<>();
        for (Element card : dom.select("article.card")) {
            if (!card.hasAttr("hidden")) {
                shown.add(card);
            }
        }
        return shown;
    }

    @Test
    void theBrowserShowsEveryEntryAndItsFiltersWork() throws Exception {
        Chromium chromium = Chromium.require();
        String store = SampleGraph.load();
        Path page = Chromium.ARTIFACTS.resolve("timeline.html").toAbsolutePath();
        Cli html = Cli.run("export", "--store", store, "--format", "html", "-o", page.toString());
        assertEquals(0, html.code(), html.err());
        Cli json = Cli.run("export", "--store", store, "--format", "json");
        JsonNode entries = Json.MAPPER.readTree(json.out()).get("entries");

        Document dom = Jsoup.parse(chromium.dumpDom(page.toUri().toString()));
        assertEquals("true", dom.selectFirst("html").attr("data-ready"), "the page's script ran");
        assertEquals(entries.size(), visibleCards(dom).size());
        assertEquals(String.valueOf(entries.size()), dom.getElementById("shown").text());
        for (JsonNode e : entries) {
            Element card = dom.getElementById(e.get("key").asText().replace(':', '-'));
            assertTrue(card != null, "rendered: " + e);
            assertTrue(card.text().contains(e.get("evidence").asText().replaceAll("\\s+", " ").strip()), card.text());
        }
        Element offer = dom.select("article.card.stance-OFFER").first();
        assertTrue(offer != null && offer.select(".sources li").size() >= 1, "an offer with its sources");

        int rejects = 0;
        for (JsonNode e : entries) {
            rejects += "REJECT".equals(e.get("stance").asText()) ? 1 : 0;
        }
        Document filtered = Jsoup.parse(chromium.dumpDom(page.toUri() + "#stance=REJECT"));
        List<Element> shown = visibleCards(filtered);
        assertTrue(rejects > 0);
        assertEquals(rejects, shown.size());
        shown.forEach(c -> assertEquals("REJECT", c.attr("data-stance")));
        assertEquals(String.valueOf(rejects), filtered.getElementById("shown").text());

        long mentioningBerlin = dom.select("article.card").stream()
                .filter(c -> c.text().toLowerCase(java.util.Locale.ROOT).contains("berlin")).count();
        Document searched = Jsoup.parse(chromium.dumpDom(page.toUri() + "#q=BERLIN"));
        assertTrue(mentioningBerlin > 0 && mentioningBerlin < entries.size());
        assertEquals(mentioningBerlin, visibleCards(searched).size(), "search ignores case");

        Path png = Chromium.ARTIFACTS.resolve("timeline.png");
        Files.deleteIfExists(png);
        chromium.screenshot(page.toUri().toString(), png, 1600, 1000);
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
    }
}
