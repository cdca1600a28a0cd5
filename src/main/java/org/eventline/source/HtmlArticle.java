package org.eventline.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.List;

/** Main text and metadata of an HTML page. */
final class HtmlArticle {

    private HtmlArticle() {
    }

    /** Below this much text (about twenty words, or twenty Chinese characters) a page holds no article. */
    private static final int MIN_UNITS = 60;

    /** The page's article and metadata, or null when it holds no article text. */
    static ArticleReader.Page parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonLd ld = JsonLd.of(doc);
        HtmlMetadata meta = new HtmlMetadata(doc, ld);
        String title = meta.title();
        List<String> blocks = new ArrayList<>();
        for (MainText.Block b : MainText.extract(doc.body())) {
            blocks.add(b.text());
        }
        if (title != null && !blocks.isEmpty() && HtmlMetadata.squash(blocks.get(0)).equals(HtmlMetadata.squash(title))) {
            blocks.remove(0);
        }
        String fromLd = completeJsonLdBody(ld.body(), blocks);
        String text = fromLd != null ? fromLd : String.join("\n\n", blocks);
        if (Texts.units(text) < MIN_UNITS) {
            return null;
        }
        boolean headed = title == null || HtmlMetadata.squash(text.substring(0, Math.min(text.length(), title.length() * 2)))
                .startsWith(HtmlMetadata.squash(title));
        String body = headed ? text : title + "\n\n" + text;

        List<String> edges = edges(blocks);
        String published = meta.published(baseUrl, edges.subList(0, Math.min(2, edges.size())));
        return new ArticleReader.Page(title, published, meta.author(edges), meta.site(), meta.url(), meta.language(),
                body.strip());
    }

    /** The first three and last eight blocks, where bylines and datelines stand (notes and hotlines may follow). */
    private static List<String> edges(List<String> blocks) {
        List<String> out = new ArrayList<>();
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            String b = blocks.get(i);
            if (i < 3) {
                out.add(b.substring(0, Math.min(b.length(), 200)));
            }
            if (i >= n - 8 && (i >= 3 || b.length() > 200)) {
                out.add(b.substring(Math.max(0, b.length() - 200)));
            }
        }
        return out;
    }

    /**
     * The JSON-LD articleBody when it holds the whole article: at least as long as most of what the page
     * shows, and not cut short with an ellipsis.
     */
    private static String completeJsonLdBody(String ldBody, List<String> blocks) {
        if (ldBody == null) {
            return null;
        }
        String text = ldBody.indexOf('<') >= 0 ? Jsoup.parse(ldBody).text() : ldBody;
        text = text.strip();
        if (text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]")) {
            return null;
        }
        int shown = 0;
        for (String b : blocks) {
            shown += Texts.units(b);
        }
        int units = Texts.units(text);
        return units >= 100 && units >= shown * 0.8 ? text : null;
    }
}
