package org.eventline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org article a page describes in JSON-LD, if any: headline, dates, authors, publisher and
 * sometimes the whole text.
 */
record JsonLd(String headline, String datePublished, String dateModified, List<String> people,
              List<String> organisations, String publisher, String body, String url, String language) {

    static final JsonLd NONE = new JsonLd(null, null, null, List.of(), List.of(), null, null, null, null);

    static JsonLd of(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(script.data().strip());
            } catch (JsonProcessingException e) {
                continue;  // broken JSON-LD is common; the other metadata remain
            }
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                return from(article);
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("posting") || type.contains("reportage")
                || type.contains("report") && node.has("headline")) {
            return node;
        }
        for (String key : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
            JsonNode f = findArticle(node.get(key), depth + 1);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static JsonLd from(JsonNode a) {
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        authors(a.get("author"), people, organisations);
        authors(a.get("creator"), people, organisations);
        JsonNode publisher = a.get("publisher");
        String publisherName = publisher == null ? null : publisher.isArray() && !publisher.isEmpty()
                ? text(publisher.get(0).get("name")) : publisher.isTextual() ? text(publisher) : text(publisher.get("name"));
        String url = text(a.get("url"));
        if (url == null && a.get("mainEntityOfPage") != null) {
            JsonNode m = a.get("mainEntityOfPage");
            url = m.isTextual() ? text(m) : text(m.get("@id"));
        }
        return new JsonLd(text(a.get("headline")), text(a.get("datePublished")), text(a.get("dateModified")),
                people, organisations, publisherName, text(a.get("articleBody")), url, text(a.get("inLanguage")));
    }

    private static void authors(JsonNode a, List<String> people, List<String> organisations) {
        if (a == null) {
            return;
        }
        if (a.isArray()) {
            a.forEach(x -> authors(x, people, organisations));
            return;
        }
        String name = a.isTextual() ? text(a) : text(a.get("name"));
        if (name == null || name.startsWith("http")) {
            return;
        }
        String type = a.path("@type").asText("");
        (type.equalsIgnoreCase("Organization") || type.equalsIgnoreCase("NewsMediaOrganization") ? organisations : people)
                .add(name);
    }

    /** A string value, HTML entities resolved (some pages escape "+" as "&#x2B;" inside JSON). */
    private static String text(JsonNode n) {
        if (n == null || !n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        return s.isEmpty() ? null : s;
    }
}
