package org.eventline.source;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Main text and metadata of an HTML page. */
final class HtmlArticle {

    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, figure figcaption, [role=navigation], [aria-hidden=true], .share, .social, .related, "
            + ".comments, #comments, .advert, .ad";

    private HtmlArticle() {
    }

    static ArticleReader.Page parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonNode ld = jsonLdArticle(doc);
        String title = firstNonBlank(meta(doc, "og:title"), ld == null ? null : text(ld.get("headline")),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), stripSiteSuffix(doc.title()));
        String published = firstNonBlank(ld == null ? null : text(ld.get("datePublished")),
                meta(doc, "article:published_time"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "date"), meta(doc, "DC.date.issued"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        String author = firstNonBlank(ld == null ? null : author(ld.get("author")), meta(doc, "author"));
        String site = firstNonBlank(meta(doc, "og:site_name"),
                ld == null || ld.get("publisher") == null ? null : text(ld.get("publisher").get("name")));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(canonical == null ? null : canonical.absUrl("href"), meta(doc, "og:url"));
        String language = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");

        String body = ld == null ? null : text(ld.get("articleBody"));
        if (body == null || body.length() < 200) {
            body = mainText(doc);
        }
        if (title != null && !body.startsWith(title)) {
            body = title + "\n\n" + body;
        }
        return new ArticleReader.Page(title, published, author, site, blankToNull(url), blankToNull(language), body.strip());
    }

    /** Paragraphs of the element whose paragraph text scores highest, in document order. */
    static String mainText(Document doc) {
        Element root = doc.body() == null ? doc : doc.body();
        root.select(BOILERPLATE).remove();
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : root.select("p, pre, blockquote")) {
            String t = p.text();
            if (t.length() < 20) {
                continue;
            }
            double linkShare = linkTextShare(p, t.length());
            double score = t.length() * (1 - linkShare);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(root);
        List<String> paragraphs = new ArrayList<>();
        for (Element e : best.select("p, h2, h3, pre, blockquote, li")) {
            if (e.parents().stream().anyMatch(a -> a.nameIs("li") || a.nameIs("blockquote")) && !e.nameIs("li")) {
                continue;
            }
            String t = e.text().strip();
            if (t.isEmpty() || linkTextShare(e, t.length()) > 0.5) {
                continue;
            }
            paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) {
            return best.text();
        }
        return String.join("\n\n", paragraphs);
    }

    private static double linkTextShare(Element e, int length) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return length == 0 ? 0 : Math.min(1.0, (double) links / length);
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = Json.MAPPER.readTree(script.data());
                JsonNode found = findArticle(node);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the other metadata sources remain.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
        return type.contains("Article") || type.contains("Posting") ? node : null;
    }

    private static String author(JsonNode a) {
        if (a == null) {
            return null;
        }
        if (a.isArray()) {
            List<String> names = new ArrayList<>();
            a.forEach(x -> {
                String n = author(x);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return a.isTextual() ? a.asText() : text(a.get("name"));
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "][content], meta[name=" + name + "][content], meta[itemprop="
                + name + "][content]");
        return e == null ? null : blankToNull(e.attr("content").strip());
    }

    private static String text(JsonNode n) {
        return n == null || !n.isValueNode() ? null : blankToNull(n.asText().strip());
    }

    static String stripSiteSuffix(String title) {
        if (title == null) {
            return null;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", "｜", "_"}) {
            int i = title.lastIndexOf(sep);
            if (i > title.length() / 3) {
                title = title.substring(0, i);
            }
        }
        return blankToNull(title.strip());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
