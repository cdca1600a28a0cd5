package org.eventline.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, publication time, author, site, canonical URL and language of an HTML page, from its meta tags,
 * JSON-LD and what a reader sees around the headline. Read before the main-text extractor prunes the page.
 */
final class HtmlMetadata {

    /** Meta names of the publication time, best first. */
    private static final List<String> PUBLISHED = List.of("article:published_time", "og:article:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
            "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
            "dc.date.created", "sailthru.date", "parsely-pub-date", "article_date_original", "date.available",
            "datecreated", "date", "ptime", "pdate", "og:pubdate", "release_date");
    private static final List<String> AUTHOR = List.of("author", "article:author", "dc.creator", "dcterms.creator",
            "byl", "sailthru.author", "parsely-author", "dable:author", "twitter:creator:name", "citation_author");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s+[|\\-–—:·•»]\\s+|\\s*[｜|_]\\s*|\\s+-{2}\\s+|(?<=\\S)[-－](?=\\p{IsHan}[^-－\\s\\d]{1,15}$)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|\\d{3,}|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])/");
    /** The day of an agency dateline: 台北15日電, 柏林15日綜合外電報導. */
    static final Pattern DATELINE_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})日\\s*(?:專|专)?(?:電|电|綜合外電報導|综合外电报道|報導|报道)");
    private static final Set<String> BYLINE_WORDS = Set.of("author", "authors", "byline", "writer", "reporter",
            "journalist", "contributor");

    private final Document doc;
    private final JsonLd ld;
    private final Map<String, String> meta = new HashMap<>();
    private final List<Element> all;
    private final String site;
    private final String title;
    private final int headline;

    HtmlMetadata(Document doc, JsonLd ld) {
        this.doc = doc;
        this.ld = ld;
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv")}) {
                if (!key.isBlank()) {
                    meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        this.all = doc.body() == null ? List.of() : doc.body().getAllElements();
        this.site = findSite();
        this.title = findTitle();
        this.headline = findHeadline();
    }

    private String meta(String name) {
        return meta.get(name);
    }

    String site() {
        return site;
    }

    String title() {
        return title;
    }

    private String findSite() {
        String s = firstNonBlank(meta("og:site_name"), ld.publisher(), meta("application-name"),
                meta("apple-mobile-web-app-title"), meta("publisher"), meta("dc.publisher"));
        if (s != null) {
            // "聯合新聞網 | 聯合新聞網": the same name twice
            String[] parts = TITLE_SEPARATOR.split(s);
            return parts.length > 1 && parts[0].strip().equals(parts[parts.length - 1].strip()) ? parts[0].strip() : s;
        }
        String full = firstNonBlank(meta("og:title"), doc.title());
        if (full != null) {
            String[] parts = TITLE_SEPARATOR.split(full);
            if (parts.length > 1 && parts[parts.length - 1].length() <= 30) {
                return parts[parts.length - 1].strip();
            }
        }
        return null;
    }

    /**
     * The headline a reader sees: a heading whose text the page's title starts with, else og:title or the
     * JSON-LD headline, else the {@code <title>} without the site's name.
     */
    private String findTitle() {
        String og = firstNonBlank(meta("og:title"), meta("twitter:title"));
        String page = firstNonBlank(doc.title());
        List<String> full = new ArrayList<>();
        for (String s : new String[] {og, page, ld.headline(), meta("title"), meta("headline")}) {
            if (s != null) {
                full.add(squash(s));
            }
        }
        for (Element h : doc.select("h1, h2, [itemprop=headline]")) {
            String t = Texts.collapse(h.text()).strip();
            if (t.length() < 4) {
                continue;
            }
            String sq = squash(t);
            for (String f : full) {
                if (f.startsWith(sq) && sq.length() * 3 >= f.length()) {
                    return t;
                }
            }
        }
        if (og != null) {
            return withoutSite(og);
        }
        if (ld.headline() != null) {
            return ld.headline();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return Texts.collapse(h1.text()).strip();
        }
        return page == null ? null : withoutSite(page);
    }

    /** "Talks end | Example News" → "Talks end": the parts after the first that name the site or a section. */
    private String withoutSite(String title) {
        String t = Texts.collapse(title).strip();
        Matcher m = TITLE_SEPARATOR.matcher(t);
        while (m.find()) {
            if (m.start() >= t.length() / 3 || site != null && squash(t.substring(m.end())).contains(squash(site))) {
                String head = t.substring(0, m.start()).strip();
                if (!head.isEmpty()) {
                    return head;
                }
            }
        }
        return t;
    }

    /** Index in {@link #all} of the element showing the headline, or -1. */
    private int findHeadline() {
        if (title == null) {
            return -1;
        }
        String sq = squash(title);
        int firstH1 = -1;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            String tag = e.normalName();
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
            if (heading && squash(e.text()).equals(sq)) {
                return i;
            }
            if (firstH1 < 0 && tag.equals("h1")) {
                firstH1 = i;
            }
        }
        return firstH1;
    }

    /** Text shown right after the headline (dates, bylines), up to about 600 characters. */
    private String header() {
        if (headline < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Element h = all.get(headline);
        for (int i = headline + 1; i < all.size() && sb.length() < 600; i++) {
            Element e = all.get(i);
            if (MainText.isAncestor(h, e)) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("style")) {
                continue;
            }
            if (tag.equals("time") && e.hasAttr("datetime")) {
                sb.append(' ').append(e.attr("datetime")).append(' ');
            }
            String own = e.ownText();
            if (!own.isBlank()) {
                sb.append(own).append(' ');
            }
        }
        return sb.toString();
    }

    String url() {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        for (String u : new String[] {canonical == null ? null : canonical.absUrl("href"), meta("og:url"), ld.url(),
                canonical == null ? null : canonical.attr("href")}) {
            if (u != null && (u.startsWith("http://") || u.startsWith("https://"))) {
                return u.strip();
            }
        }
        return null;
    }

    String language() {
        Element html = doc.selectFirst("html[lang]");
        String lang = firstNonBlank(html == null ? null : html.attr("lang"), meta("content-language"), ld.language(),
                meta("og:locale"), meta("language"));
        return lang == null ? null : normalizeLanguage(lang);
    }

    /**
     * The author: a byline or dateline in the article's first or last lines, a byline element near the
     * headline, the JSON-LD author, the meta author; never the site or another organisation.
     */
    String author(List<String> firstAndLastLines) {
        for (String line : firstAndLastLines) {
            String a = Bylines.find(line);
            if (a != null) {
                return a;
            }
        }
        Set<String> outlets = new LinkedHashSet<>();
        outlets.add(site);
        outlets.add(ld.publisher());
        outlets.addAll(ld.organisations());
        String nearHeadline = bylineNearHeadline(outlets);
        if (nearHeadline != null) {
            return nearHeadline;
        }
        List<String> people = new ArrayList<>();
        for (String p : ld.people()) {
            String c = Bylines.clean(p, outlets);
            if (c != null && !people.contains(c)) {
                people.add(c);
            }
        }
        if (!people.isEmpty()) {
            return String.join(", ", people);
        }
        for (String key : AUTHOR) {
            String c = Bylines.clean(meta(key), outlets);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private String bylineNearHeadline(Set<String> outlets) {
        int from = headline < 0 ? 0 : Math.max(0, headline - 40);
        int to = headline < 0 ? Math.min(all.size(), 400) : Math.min(all.size(), headline + 150);
        for (int i = from; i < to; i++) {
            Element e = all.get(i);
            boolean byline = e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author");
            if (!byline) {
                for (String w : Hints.words(e)) {
                    if (BYLINE_WORDS.contains(w)) {
                        byline = true;
                        break;
                    }
                }
            }
            if (!byline) {
                continue;
            }
            String text = e.hasAttr("content") ? e.attr("content") : Texts.collapse(e.text()).strip();
            if (text.isEmpty() || text.length() > 120) {
                continue;
            }
            String found = Bylines.find(text);
            if (found == null) {
                found = Bylines.clean(text, outlets);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The publication time. Metadata anchor it; a date and time shown under the headline refine it (the
     * reader sees that one, often the time of the last update), and give the zone when metadata has it in UTC.
     */
    String published(String baseUrl, List<String> firstLines) {
        Timestamp declared = null;
        for (String v : candidatesOfPublished()) {
            Optional<Timestamp> t = Timestamp.parse(v);
            if (t.isPresent()) {
                declared = t.get();
                break;
            }
        }
        Timestamp shown = Timestamp.find(header()).orElse(null);
        if (shown == null) {
            for (String line : firstLines) {
                shown = line.length() <= 80 ? Timestamp.find(line).orElse(null) : null;  // a date line, not prose
                if (shown != null) {
                    break;
                }
            }
        }
        Timestamp t = reconcile(declared, shown);
        if (t == null) {
            t = urlDate(firstNonBlank(url(), baseUrl), firstLines);
        }
        return t == null ? null : t.iso();
    }

    private List<String> candidatesOfPublished() {
        List<String> out = new ArrayList<>();
        out.add(ld.datePublished());
        for (String key : PUBLISHED) {
            out.add(meta(key));
        }
        Elements marked = doc.select("[itemprop=datePublished], time[pubdate], time[datetime]");
        for (Element e : marked) {
            out.add(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
        }
        out.removeIf(s -> s == null || s.isBlank());
        return out;
    }

    static Timestamp reconcile(Timestamp declared, Timestamp shown) {
        if (declared == null) {
            return shown;
        }
        if (shown == null || !shown.hasTime() || shown.offset() != null && declared.offset() != null) {
            return declared;
        }
        if (!declared.hasTime()) {
            return shown.date().equals(declared.date()) ? shown : declared;
        }
        LocalDateTime d = LocalDateTime.of(declared.date(), declared.time());
        LocalDateTime s = LocalDateTime.of(shown.date(), shown.time());
        long minutes = Duration.between(d, s).toMinutes();
        if (minutes == 0) {
            return declared;
        }
        // Metadata in UTC, the page in local time: the difference is the zone.
        if (ZoneOffset.UTC.equals(declared.offset()) && minutes % 15 == 0 && Math.abs(minutes) <= 14 * 60) {
            return shown.withOffset(ZoneOffset.ofTotalSeconds((int) minutes * 60));
        }
        if (shown.date().equals(declared.date())) {
            return shown.withOffset(declared.offset());
        }
        return declared;
    }

    /**
     * The date in the page's address ("/2025/12/15/", "/20251215…"); a year and month alone ("/2025/12/")
     * take their day from an agency dateline (台北15日電).
     */
    private static Timestamp urlDate(String url, List<String> firstLines) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return Timestamp.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
        }
        Matcher month = URL_MONTH.matcher(url);
        if (!month.find()) {
            return null;
        }
        for (String line : firstLines) {
            Matcher day = DATELINE_DAY.matcher(line);
            if (day.find()) {
                return Timestamp.parse(String.format(Locale.ROOT, "%s-%s-%02d", month.group(1), month.group(2),
                        Integer.parseInt(day.group(1)))).orElse(null);
            }
        }
        return null;
    }

    /** BCP 47 as the rest of eventline uses it: "zh-TW" → "zh-Hant", "zh_CN" → "zh-Hans", "en-US" → "en". */
    static String normalizeLanguage(String tag) {
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.isEmpty() || !t.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            return null;
        }
        if (t.startsWith("zh")) {
            if (t.contains("hant") || t.matches("zh-(tw|hk|mo)")) {
                return "zh-Hant";
            }
            if (t.contains("hans") || t.matches("zh-(cn|sg|my)")) {
                return "zh-Hans";
            }
            return "zh";
        }
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
