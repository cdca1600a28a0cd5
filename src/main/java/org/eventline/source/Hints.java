package org.eventline.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's class and id say about it. Names are split into words ("articleBody",
 * "article-body__text" → article, body, text) so that "ad" matches an advert slot but not a heading.
 */
final class Hints {

    /** Page furniture: removed wherever it is not the article itself. */
    private static final Set<String> FURNITURE = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot",
            "adunit", "adcontainer", "dfp", "sponsor", "sponsored", "promo", "promos", "promoted", "share",
            "shares", "sharing", "sharebar", "sharetools", "social", "comment", "comments", "disqus", "related",
            "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "newsletter",
            "newsletters", "subscribe", "subscription", "signup", "popup", "modal", "cookie", "cookies",
            "consent", "gdpr", "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar",
            "navigation", "menu", "footer", "masthead", "toolbar", "tags", "tag", "taglist", "trending",
            "mostread", "mostpopular", "outbrain", "taboola", "caption", "captions", "credit", "credits",
            "byline", "bio", "pagination", "pager", "cta", "rail", "reactions", "poll", "hidden",
            "visuallyhidden", "sr", "offscreen", "print", "skip", "login", "signin", "follow", "affiliate",
            "author", "authors", "slideshow", "carousel", "gallery", "teaser", "teasers",
            "interstitial", "overlay", "banner", "sticky");

    /** Weaker signs of furniture: they lower a container's score but remove nothing on their own. */
    private static final Set<String> UNLIKELY = Set.of(
            "meta", "extra", "secondary", "aside", "header", "head", "tool", "tools", "utility", "actions",
            "buttons", "rating", "video", "player", "more", "links", "list", "date", "time", "dateline",
            "timestamp", "info", "bottom", "top", "topics", "topic", "keywords", "about", "contact", "copyright",
            "legal", "disclaimer", "community", "remark", "replies", "feedback", "shoutbox", "skyscraper",
            "supplemental", "combx", "legends", "headline", "title", "hero", "lede");

    /** Signs of the article's container. */
    private static final Set<String> LIKELY = Set.of(
            "article", "articles", "articlebody", "body", "content", "contents", "entry", "main", "post", "story",
            "text", "blog", "prose", "copy", "richtext", "paragraph", "paragraphs", "detail", "details", "news",
            "column", "page", "permalink", "hentry", "single", "artikel", "inhalt", "texto", "conteudo",
            "contenido", "noticia", "cuerpo", "corpo", "testo", "articolo", "tekst", "statya");

    /** Beginnings of words that mark furniture however they go on: "relatedposts", "sharebuttons". */
    private static final List<String> FURNITURE_PREFIXES = List.of("related", "share", "sharing", "social", "advert",
            "sponsor", "newsletter", "breadcrumb", "recommend", "subscribe", "disqus", "outbrain", "taboola", "comment",
            "promo");
    /** Comment sections are never the article, in no pass. */
    private static final List<String> COMMENT_PREFIXES = List.of("comment", "disqus", "respond", "replies");

    private static final Set<String> BODY_WORDS = Set.of("body", "content", "text", "detail", "copy", "inner",
            "main", "paragraphs", "richtext", "prose", "contents");
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "story", "post", "entry", "news", "blog",
            "articolo", "artikel", "noticia", "materia");

    private Hints() {
    }

    /** Words of the element's class and id, lower case. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        split(e.className(), out);
        split(e.id(), out);
        return out;
    }

    private static void split(String name, List<String> out) {
        int n = name.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            boolean camel = letterOrDigit && i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!letterOrDigit || camel)) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letterOrDigit && start < 0) {
                start = i;
            }
        }
        // The whole name too: "relatedposts", "articlebody", "mostread".
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < n && whole.length() <= 24; i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                whole.append(Character.toLowerCase(c));
            }
        }
        if (!whole.isEmpty() && whole.length() <= 24 && !out.contains(whole.toString())) {
            out.add(whole.toString());
        }
    }

    static boolean furniture(List<String> words) {
        for (String w : words) {
            if (FURNITURE.contains(w) || startsWithAny(w, FURNITURE_PREFIXES) && !w.startsWith("commentary")) {
                return true;
            }
        }
        return false;
    }

    static boolean comments(List<String> words) {
        for (String w : words) {
            if (startsWithAny(w, COMMENT_PREFIXES) && !w.startsWith("commentary")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String w, List<String> prefixes) {
        for (String p : prefixes) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean likely(List<String> words) {
        for (String w : words) {
            if (LIKELY.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: furniture and unlikely words down, content words up. */
    static int weight(List<String> words) {
        int w = 0;
        boolean negative = false;
        boolean weak = false;
        negative = furniture(words);
        for (String s : words) {
            weak |= UNLIKELY.contains(s);
        }
        if (negative) {
            w -= 25;
        } else if (weak) {
            w -= 10;
        }
        if (likely(words)) {
            w += 25;
        }
        return w;
    }

    /** "article-body", "storyText", "entry-content", itemprop=articleBody: the usual names of an article's text. */
    static boolean articleBody(Element e, List<String> words) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        boolean article = false;
        boolean body = false;
        for (String w : words) {
            if (w.equals("articlebody") || w.equals("storybody") || w.equals("entrycontent") || w.equals("postcontent")
                    || w.equals("articletext") || w.equals("storytext") || w.equals("articlecontent")
                    || w.equals("postbody") || w.equals("bodytext")) {
                return true;
            }
            article |= ARTICLE_WORDS.contains(w);
            body |= BODY_WORDS.contains(w);
        }
        return article && body;
    }
}
