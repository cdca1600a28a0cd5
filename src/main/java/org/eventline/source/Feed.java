package org.eventline.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each one's link, title and date. */
final class Feed {

    /** One entry of a feed. */
    record Item(String link, String title, String published) {
    }

    private static final Pattern ROOT = Pattern.compile("^(?:\\s|<\\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|<\\?[^>]*>)*<(rss|feed|rdf:RDF)\\b",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private Feed() {
    }

    /** Whether text is a feed: its root element is rss, feed or rdf:RDF. */
    static boolean isFeed(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1);
        }
        return ROOT.matcher(head).find();
    }

    /**
     * The items in document order, each link once, relative links resolved against the feed's address.
     * Links that are not http(s) (file:, javascript:…) are never read: they go to {@code notHttp}.
     */
    static List<Item> items(String xml, String feedUrl, List<String> notHttp) {
        Document doc = Jsoup.parse(xml, feedUrl == null ? "" : feedUrl, Parser.xmlParser());
        List<Item> out = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        for (Element e : doc.select("item, entry")) {
            String link = link(e);
            if (link == null) {
                continue;
            }
            link = resolve(feedUrl, link);
            if (link != null && !Http.isHttp(link)) {
                notHttp.add(link);
                continue;
            }
            if (link == null || !links.add(link)) {
                continue;
            }
            String title = text(e, "title");
            String date = HtmlMetadata.firstNonBlank(text(e, "pubDate"), text(e, "published"), text(e, "dc|date"),
                    text(e, "updated"));
            String published = date == null ? null : Timestamp.parse(date).map(Timestamp::iso).orElse(null);
            out.add(new Item(link, title, published));
        }
        return out;
    }

    private static String link(Element item) {
        if (item.normalName().equals("entry")) {
            String fallback = null;
            for (Element l : item.children()) {
                if (!l.normalName().equals("link") || l.attr("href").isBlank()) {
                    continue;
                }
                String rel = l.attr("rel").toLowerCase(Locale.ROOT);
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return l.attr("href").strip();
                }
                if (fallback == null && !rel.equals("self") && !rel.equals("edit") && !rel.equals("enclosure")) {
                    fallback = l.attr("href").strip();
                }
            }
            return fallback;
        }
        String link = text(item, "link");
        if (link != null) {
            return link;
        }
        Element guid = item.selectFirst("> guid");
        if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && Http.isHttp(guid.text().strip())) {
            return guid.text().strip();
        }
        String about = item.attr("rdf:about");
        return about.isBlank() ? null : about;
    }

    private static String text(Element item, String tag) {
        for (Element child : item.children()) {
            if (child.tagName().equalsIgnoreCase(tag.replace('|', ':'))) {
                String t = child.text().strip();
                return t.isEmpty() ? null : Parser.unescapeEntities(t, false);
            }
        }
        return null;
    }

    private static String resolve(String base, String link) {
        try {
            return base == null ? link : new URI(base).resolve(link.replace(" ", "%20")).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
