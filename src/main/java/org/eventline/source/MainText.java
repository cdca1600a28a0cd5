package org.eventline.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The main text of an HTML page, found by content scoring: paragraphs score their containers by their
 * amount of prose (length, commas) less their share of link text; the best container and those of its
 * siblings that score well make the article; inside it, lists of links, share bars, captions and other
 * furniture are dropped block by block. Class and id names ("article-body", "related", "share") and the
 * page's structure elements (nav, aside, footer) weigh in. When a strict pass finds too little text,
 * gentler passes follow. The page is not modified beyond removing scripts, styles and hidden elements.
 */
final class MainText {

    /** One block of the article, in document order. */
    record Block(Kind kind, String text) {
    }

    enum Kind { HEADING, PARAGRAPH, ITEM, QUOTE, CODE }

    /** Elements that never carry article text. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "option",
            "dialog", "map", "link", "meta", "head", "figcaption", "math", "frame", "frameset", "applet");
    /** Structure elements that hold site furniture, unless a page misuses them for the article. */
    private static final Set<String> STRUCTURE = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "thead", "tbody", "tfoot", "figure", "header", "footer", "aside", "nav", "form", "fieldset", "address",
            "hr", "br", "center", "details", "summary", "caption", "hgroup", "menu", "body", "html", "noscript");
    /** Containers whose own text, outside any paragraph, scores like a paragraph. */
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "center",
            "blockquote", "dd", "body");
    private static final Set<String> CLEANED = Set.of("div", "section", "table", "ul", "ol", "dl", "form",
            "fieldset", "figure", "aside", "header", "footer", "center", "span");

    private static final Pattern RULE = Pattern.compile("^[\\s_\\-=*~·•.]{3,}$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2}[./-]\\d{1,2}[./-](19|20)\\d{2}|(19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2})(?!\\d)");
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:：h][0-5]\\d(?!\\d)");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)\\d+\\s*(min|mins|minute|minutes|minuto|minutos|minuten|分鐘|分钟)\\b.{0,12}(read|leitura|lectura|lesezeit|lecture|閱讀|阅读)"
                    + "|(read|leitura|lectura|lesezeit|閱讀|阅读)[^\\d]{0,12}\\d+\\s*(min|minute|minuto|分鐘|分钟)");
    private static final Pattern BYLINE_START = Pattern.compile(
            "(?iu)^(by|posted by|written by|publicado por|escrito por|von|par|staff( reports?)?|from staff reports)\\b");
    private static final Pattern CREDITS = Pattern.compile(
            "(?iu)(reporting by|editing by|additional reporting|contributed (to )?(this )?report|contributed reporting|"
                    + "^contributing:|writers? .{0,200} contributed|^\\(?with (post|ap|afp|reuters) wires|"
                    + "(責任編輯|责任编辑|核稿編輯|编辑)[:：])");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?iu)(sign up|subscribe|newsletter|share (it|this)|tell us what|send us|click here|like this story|"
                    + "follow (us|him|her|them|me)\\b|reach the reporters?|(may|can) be reached at|\\S+@\\S+\\.[a-z]{2,}|"
                    + "check out our|more (great|from) |download (the|our) app|訂閱|订阅|加入.{0,10}(粉絲|粉丝|會員|会员)|"
                    + "下載.{0,8}APP|點我|点我|更多.{0,12}(新聞|新闻|報導|报道)請|看更多)");
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?iu)^[\\p{Punct}\\s]*("
            + "advertisement|advertisements|ad|ads|sponsored( content)?|scroll to continue( with content)?|"
            + "continue reading.*|read more.*|read next.*|related( articles| stories| content| coverage| posts| links)?|"
            + "see also|more (stories|news|articles|on this|from .{1,40})|most (read|popular|viewed)|trending( now)?|"
            + "you (may|might) (also )?like.*|recommended( for you| stories)?|share( this)?( article| story| page| post)?|"
            + "share (on|via) .*|shares?|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|"
            + "follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|tap here.*|comments?|\\d+ comments?|"
            + "leave a (comment|reply).*|post a comment|view comments|loading\\W*|please enable javascript.*|"
            + "image( source)?:.*|photo( credit)?:.*|(photograph|picture|illustration|video|graphic)s?:.*|"
            + "(copyright|©).{0,120}|all rights reserved.*|tags?:.*|topics?:.*|filed under:?.*|"
            + "back to top|skip to .*|next( article| story| post)?|previous( article| story| post)?|"
            + "廣告|广告|延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|相關文章|相关文章|推薦閱讀|推荐阅读|"
            + "看更多.{0,20}|更多.{0,10}新聞|熱門新聞|热门新闻|熱門推薦|請繼續往下閱讀.*|请继续往下阅读.*|繼續閱讀|继续阅读|"
            + "點我.{0,20}|点我.{0,20}|分享|分享到.{0,10}|訂閱.{0,20}|订阅.{0,20}|加入.{0,20}(粉絲團|粉丝团|好友|LINE).{0,20}|"
            + "(責任編輯|责任编辑|編輯|编辑)[:：].{0,20}|(圖|图|照片|影片|視頻|视频)[/／:：].{0,30}|本文(經|经)?授權.*|"
            + "[(（](圖|图|照片)[/／].{0,30}[)）]|留言|發表意見|发表评论|打開\\s*APP.*|下載.{0,10}APP.*"
            + ")[\\p{Punct}\\s]*$");

    private static final boolean DEBUG = Boolean.getBoolean("eventline.debugMainText");

    private static String describe(Element e) {
        return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id()) + (e.className().isEmpty() ? "" : "." + e.className());
    }

    private MainText() {
    }

    /** The article's blocks; empty when the page has no article text. */
    static List<Block> extract(Element body) {
        removeNeverContent(body);
        Stats full = Stats.of(body, Collections.emptySet());
        List<Block> best = List.of();
        int bestUnits = -1;
        for (Pass pass : Pass.values()) {
            List<Block> blocks = new Attempt(body, full, pass).run();
            int units = 0;
            for (Block b : blocks) {
                units += Texts.units(b.text());
            }
            // A gentler pass must find clearly more: it also lets more furniture in.
            if (bestUnits >= 0 && units < bestUnits * 1.5) {
                continue;
            }
            if (units >= 500) {
                return blocks;
            }
            if (units > bestUnits) {
                best = blocks;
                bestUnits = units;
            }
        }
        return best;
    }

    /** How much of the page's furniture detection a pass uses: the first trusts it all, the last none. */
    enum Pass {
        STRICT(true, true, true), NO_FURNITURE_NAMES(false, true, true), PLAIN(false, false, false);

        final boolean furnitureNames;
        final boolean weights;
        final boolean cleanConditionally;

        Pass(boolean furnitureNames, boolean weights, boolean cleanConditionally) {
            this.furnitureNames = furnitureNames;
            this.weights = weights;
            this.cleanConditionally = cleanConditionally;
        }
    }

    private static void removeNeverContent(Element body) {
        List<Element> gone = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && (NEVER.contains(e.normalName()) || hidden(e))) {
                    gone.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        gone.forEach(Element::remove);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** One pass over the page with a given strictness. */
    private static final class Attempt {
        private final Element body;
        private final Stats full;
        private final Pass pass;
        private final Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, List<String>> words = new IdentityHashMap<>();

        Attempt(Element body, Stats full, Pass pass) {
            this.body = body;
            this.full = full;
            this.pass = pass;
        }

        List<Block> run() {
            markFurniture();
            Stats stats = Stats.of(body, removed);
            Map<Element, Double> scores = score(stats);
            if (scores.isEmpty()) {
                return List.of();
            }
            Element top = top(scores, stats);
            List<Element> content = withSiblings(top, scores, stats);
            if (DEBUG) {
                scores.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                        .forEach(en -> System.err.printf("   %.1f prose=%d units=%d ld=%.2f %s%n", en.getValue(),
                                stats.prose(en.getKey()), stats.get(en.getKey(), Stats.UNITS),
                                stats.linkDensity(en.getKey()), describe(en.getKey())));
                System.err.println(pass + " top=" + describe(top) + " score=" + scores.get(top) + " content="
                        + content.stream().map(MainText::describe).toList());
            }
            if (pass.cleanConditionally) {
                for (Element e : content) {
                    cleanConditionally(e, stats);
                }
            }
            List<Block> blocks = new ArrayList<>();
            for (Element e : content) {
                emit(e, blocks);
            }
            List<Block> tidy = tidy(blocks);
            if (DEBUG) {
                System.err.println(pass + " units=" + tidy.stream().mapToInt(b -> Texts.units(b.text())).sum());
            }
            return tidy;
        }

        private List<String> words(Element e) {
            return words.computeIfAbsent(e, Hints::words);
        }

        /** Structure elements and furniture names, unless they hold most of the page's prose. */
        private void markFurniture() {
            int total = Math.max(1, full.prose(body));
            walk(body, e -> {
                if (e == body) {
                    return false;
                }
                String tag = e.normalName();
                boolean structure = STRUCTURE.contains(tag);
                List<String> w = words(e);
                boolean named = !tag.equals("a") && !Hints.articleBody(e, w)
                        && (pass.furnitureNames ? Hints.furniture(w) : Hints.comments(w));
                if (named && !Hints.comments(w) && full.get(e, Stats.QUOTES) > 0) {
                    named = false;  // an embedded post ("social-embed") is quoted text, not a share bar
                }
                boolean comments = named && Hints.comments(w) && full.get(e, Stats.TOP_HEADINGS) == 0;
                if (!((structure || named) && full.prose(e) * 2 < total || comments)) {
                    return false;
                }
                removed.add(e);
                // A section headed as furniture ("Related posts") is furniture as a whole.
                Element parent = e.parent();
                if (named && isHeading(tag) && parent != null && parent != body && parent.child(0) == e
                        && full.get(parent, Stats.TOP_HEADINGS) == 0) {
                    removed.add(parent);
                }
                return true;
            });
        }

        /**
         * Visits the elements under root in document order, removed ones and their subtrees left out; a
         * visitor returning true skips the element's subtree.
         */
        private void walk(Element root, Predicate<Element> visitor) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    if (removed.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return visitor.test(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
            }, root);
        }

        private Map<Element, Double> score(Stats stats) {
            Map<Element, Double> scores = new IdentityHashMap<>();
            walk(body, e -> {
                int units;
                int commas;
                String tag = e.normalName();
                if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
                    units = stats.get(e, Stats.UNITS);
                    commas = stats.get(e, Stats.COMMAS);
                } else if (TEXT_CONTAINERS.contains(tag)) {
                    units = stats.get(e, Stats.DIRECT_UNITS);
                    commas = stats.get(e, Stats.DIRECT_COMMAS);
                } else {
                    return false;
                }
                if (units < 25) {
                    return false;
                }
                double score = 1 + commas + Math.min(units / 100, 3);
                // Text straight in a container scores that container itself, as a paragraph would its parent.
                Element ancestor = tag.equals("p") || tag.equals("pre") || tag.equals("td") ? e.parent() : e;
                for (int level = 0; ancestor != null && level < 5; level++) {
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    if (!scores.containsKey(ancestor)) {
                        scores.put(ancestor, initialScore(ancestor));
                    }
                    scores.merge(ancestor, score / divider, Double::sum);
                    if (ancestor == body) {
                        break;
                    }
                    ancestor = ancestor.parent();
                }
                return false;
            });
            scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
            return scores;
        }

        private double initialScore(Element e) {
            double s = switch (e.normalName()) {
                case "div", "article", "main", "section" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            if (pass.weights) {
                List<String> w = words(e);
                s += Hints.weight(w);
                if (Hints.articleBody(e, w)) {
                    s += 25;
                }
            }
            return s;
        }

        private Element top(Map<Element, Double> scores, Stats stats) {
            List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
            ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
            Element top = ranked.get(0).getKey();
            double topScore = ranked.get(0).getValue();
            // Several near-equal candidates under one ancestor: the article is split, take the ancestor.
            List<Element> alternatives = new ArrayList<>();
            for (int i = 1; i < Math.min(5, ranked.size()); i++) {
                // Ancestors of the candidate score from its own paragraphs: only other branches tell of a split.
                if (ranked.get(i).getValue() / topScore >= 0.75 && !isAncestor(ranked.get(i).getKey(), top)) {
                    alternatives.add(ranked.get(i).getKey());
                }
            }
            if (alternatives.size() >= 3) {
                Element parent = top.parent();
                while (parent != null && parent != body) {
                    int containing = 0;
                    for (Element alt : alternatives) {
                        if (isAncestor(parent, alt)) {
                            containing++;
                        }
                    }
                    if (containing >= 3) {
                        top = parent;
                        break;
                    }
                    parent = parent.parent();
                }
            }
            // A parent that scores higher than the candidate holds more of the article.
            Element parent = top.parent();
            double last = scores.getOrDefault(top, 0.0);
            double threshold = last / 3;
            while (parent != null && parent != body) {
                Double ps = scores.get(parent);
                if (ps == null) {
                    parent = parent.parent();
                    continue;
                }
                if (ps < threshold) {
                    break;
                }
                if (ps > last) {
                    top = parent;
                    break;
                }
                last = ps;
                parent = parent.parent();
            }
            while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
                top = top.parent();
            }
            return top;
        }

        private List<Element> withSiblings(Element top, Map<Element, Double> scores, Stats stats) {
            Element parent = top.parent();
            if (parent == null || top == body) {
                return List.of(top);
            }
            double topScore = scores.getOrDefault(top, 0.0);
            double threshold = Math.max(10, topScore * 0.2);
            List<Element> out = new ArrayList<>();
            for (Element sibling : parent.children()) {
                if (sibling == top) {
                    out.add(sibling);
                    continue;
                }
                if (removed.contains(sibling)) {
                    continue;
                }
                boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
                double bonus = sameClass ? topScore * 0.2 : 0;
                int prose = stats.prose(sibling);
                if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold) {
                    out.add(sibling);
                } else if (prose >= 200 && prose >= stats.prose(top) * (sameClass ? 0.05 : 0.15)
                        && stats.linkDensity(sibling) < 0.25) {
                    out.add(sibling);  // a part of the article nested deeper than scores reach
                } else if (sibling.normalName().equals("p")) {
                    int units = stats.get(sibling, Stats.UNITS);
                    double ld = stats.linkDensity(sibling);
                    if (units > 80 && ld < 0.25
                            || units > 0 && units <= 80 && ld == 0 && Texts.endsSentence(sibling.text())) {
                        out.add(sibling);
                    }
                }
            }
            return out;
        }

        /** Readability's conditional cleaning: containers that look like lists of links, forms or image strips go. */
        private void cleanConditionally(Element root, Stats stats) {
            walk(root, e -> {
                if (e == root || !CLEANED.contains(e.normalName()) || !junk(e, stats)) {
                    return false;
                }
                if (DEBUG) {
                    System.err.println("  junk: " + describe(e) + " units=" + stats.get(e, Stats.UNITS) + " p="
                            + stats.get(e, Stats.PARAGRAPHS) + " img=" + stats.get(e, Stats.IMAGES) + " ld="
                            + stats.linkDensity(e));
                }
                removed.add(e);
                return true;
            });
        }

        private boolean junk(Element e, Stats stats) {
            if (e.normalName().equals("span")) {
                // Inside a paragraph: a credit, a time stamp, a cluster of links (a hover card, inline "related").
                List<String> w = words(e);
                return pass.weights && (Hints.furniture(w) || Hints.weight(w) < 0 && stats.get(e, Stats.UNITS) < 100)
                        || stats.get(e, Stats.LINKS) >= 2 && stats.linkDensity(e) > 0.75;
            }
            if (stats.get(e, Stats.QUOTES) > 0 && !Hints.comments(words(e))) {
                return false;  // an embedded post is quoted text
            }
            int weight = pass.weights ? Hints.weight(words(e)) : 0;
            if (weight < 0 && !Hints.likely(words(e))) {
                return true;
            }
            if (stats.get(e, Stats.COMMAS) >= 10) {
                return false;
            }
            String tag = e.normalName();
            int p = stats.get(e, Stats.PARAGRAPHS);
            int img = stats.get(e, Stats.IMAGES);
            int li = stats.get(e, Stats.ITEMS);
            int units = stats.get(e, Stats.UNITS);
            int headings = stats.get(e, Stats.HEADING_UNITS);
            double ld = stats.linkDensity(e);
            boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl")
                    || units > 0 && stats.get(e, Stats.ITEM_UNITS) > units * 0.9;
            boolean inFigure = e.closest("figure") != null;
            if (img > 1 && (double) p / img < 0.5 && !inFigure && stats.prose(e) < 250) {
                return true;
            }
            if (!list && li > p + 100) {
                return true;
            }
            if (!list && units < 25 && headings < units * 0.9 && (img == 0 || img > 2) && !inFigure) {
                return true;
            }
            if (list && p == 0 && ld > 0.5 && units < 600) {
                return true;  // a list of links: related stories, tags, navigation
            }
            if (!list && weight < 25 && ld > 0.2 && units < 1000) {
                return true;
            }
            return weight >= 25 && ld > 0.5;
        }

        /** Text blocks of an element, split at block elements and line breaks. */
        private void emit(Element root, List<Block> out) {
            StringBuilder text = new StringBuilder();
            int[] linkDepth = {0};
            int[] linkUnits = {0};
            List<Element> open = new ArrayList<>();
            Runnable flush = () -> {
                String t = Texts.collapse(text.toString()).strip();
                text.setLength(0);
                int links = linkUnits[0];
                linkUnits[0] = 0;
                if (t.isEmpty()) {
                    return;
                }
                int units = Texts.units(t);
                Kind kind = kind(open);
                // Mostly links: navigation or a list of stories, unless it reads as a sentence with links in it.
                boolean linkedProse = kind == Kind.PARAGRAPH && units >= 150 && links * 5 <= units * 4 && Texts.endsSentence(t);
                if (links * 2 > units && !linkedProse && !inQuote(open)) {
                    return;
                }
                out.add(new Block(kind, t));
            };
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode tn) {
                        String s = tn.getWholeText();
                        text.append(s);
                        if (linkDepth[0] > 0 && !shownUrl(s)) {
                            linkUnits[0] += Texts.units(s);
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    if (removed.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    } else if (BLOCKS.contains(tag)) {
                        flush.run();
                        open.add(e);
                    } else if (tag.equals("img")) {
                        text.append(' ');
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            linkDepth[0]--;
                        } else if (BLOCKS.contains(tag)) {
                            flush.run();
                            open.remove(open.size() - 1);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush.run();
        }

        /** Quoted posts (embedded tweets) are text even when their handles and dates are links. */
        private static boolean inQuote(List<Element> open) {
            for (Element e : open) {
                if (e.normalName().equals("blockquote")) {
                    return true;
                }
            }
            return false;
        }

        private static Kind kind(List<Element> open) {
            for (int i = open.size() - 1; i >= 0; i--) {
                switch (open.get(i).normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        return Kind.HEADING;
                    }
                    case "li", "dd", "dt" -> {
                        return Kind.ITEM;
                    }
                    case "blockquote" -> {
                        return Kind.QUOTE;
                    }
                    case "pre" -> {
                        return Kind.CODE;
                    }
                    case "br" -> {
                        // a line break is no container: look further out
                    }
                    default -> {
                        return Kind.PARAGRAPH;
                    }
                }
            }
            return Kind.PARAGRAPH;
        }
    }

    /** Drops furniture lines ("Advertisement", photo credits) anywhere, and page furniture at the edges. */
    static List<Block> tidy(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            int units = Texts.units(b.text());
            if (units < 120 && FURNITURE_LINE.matcher(b.text()).matches() || units < 600 && Texts.CAPTION.matcher(b.text()).find()
                    || RULE.matcher(b.text()).matches()) {
                continue;
            }
            kept.add(b);
        }
        int first = 0;
        while (first < Math.min(kept.size(), 4) && leadingFurniture(kept.get(first).text())) {
            first++;
        }
        int last = kept.size() - 1;
        while (last >= first && last >= kept.size() - 6 && trailingFurniture(kept.get(last).text())) {
            last--;
        }
        return first > last ? List.of() : new ArrayList<>(kept.subList(first, last + 1));
    }

    /** Above the article: its date, reading time, byline. */
    private static boolean leadingFurniture(String text) {
        int units = Texts.units(text);
        if (units >= 100) {
            return false;
        }
        return CLOCK.matcher(text).find() || NUMERIC_DATE.matcher(text).find() || Timestamp.find(text).isPresent()
                || READING_TIME.matcher(text).find()
                || units < 40 && BYLINE_START.matcher(text).find();
    }

    /** Below the article: credits, contact lines, calls to subscribe or share, an update time. */
    private static boolean trailingFurniture(String text) {
        int units = Texts.units(text);
        if (units >= 400) {
            return false;
        }
        return CREDITS.matcher(text).find() || units < 300 && CALL_TO_ACTION.matcher(text).find()
                || units < 60 && (CLOCK.matcher(text).find() || Timestamp.find(text).isPresent());
    }

    /** A link that shows its address is part of what the author wrote, not navigation. */
    private static boolean shownUrl(String linkText) {
        String t = linkText.strip();
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.");
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Text amounts of every element, computed in one pass, not counting removed subtrees. */
    static final class Stats {
        static final int UNITS = 0;
        static final int LINK_UNITS = 1;
        static final int COMMAS = 2;
        static final int DIRECT_UNITS = 3;
        static final int DIRECT_COMMAS = 4;
        static final int PARAGRAPHS = 5;
        static final int IMAGES = 6;
        static final int ITEMS = 7;
        static final int ITEM_UNITS = 8;
        static final int HEADING_UNITS = 9;
        static final int PROSE = 10;
        static final int LINKS = 11;
        static final int QUOTES = 12;
        static final int TOP_HEADINGS = 13;
        private static final int SIZE = 14;
        private static final int[] ZERO = new int[SIZE];

        private final Map<Element, int[]> values = new IdentityHashMap<>();

        static Stats of(Element root, Set<Element> removed) {
            Stats s = new Stats();
            int[] links = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode tn) {
                        Element parent = (Element) tn.parentNode();
                        int[] v = s.values.computeIfAbsent(parent, k -> new int[SIZE]);
                        String text = tn.getWholeText();
                        int units = 0;
                        int commas = 0;
                        for (int i = 0; i < text.length(); i++) {
                            char c = text.charAt(i);
                            units += Texts.units(c);
                            if (Texts.isComma(c)) {
                                commas++;
                            }
                        }
                        v[UNITS] += units;
                        v[COMMAS] += commas;
                        v[DIRECT_UNITS] += units;
                        v[DIRECT_COMMAS] += commas;
                        if (links[0] > 0 && !shownUrl(text)) {
                            v[LINK_UNITS] += units;
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (node instanceof Element e) {
                        if (removed.contains(e)) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        s.values.computeIfAbsent(e, k -> new int[SIZE]);
                        if (e.normalName().equals("a")) {
                            links[0]++;
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    int[] v = s.values.get(e);
                    String tag = e.normalName();
                    switch (tag) {
                        case "a" -> {
                            links[0]--;
                            v[LINKS]++;
                            v[DIRECT_UNITS] = 0;  // link text is not the container's own prose
                        }
                        case "p" -> v[PARAGRAPHS]++;
                        case "blockquote" -> v[QUOTES]++;
                        case "img" -> v[IMAGES]++;
                        case "li" -> {
                            v[ITEMS]++;
                            v[ITEM_UNITS] = v[UNITS];
                        }
                        case "h1" -> {
                            v[HEADING_UNITS] = v[UNITS];
                            v[TOP_HEADINGS]++;
                        }
                        case "h2", "h3", "h4", "h5", "h6" -> v[HEADING_UNITS] = v[UNITS];
                        default -> {
                        }
                    }
                    if (!tag.equals("p") && TEXT_CONTAINERS.contains(tag) && v[DIRECT_UNITS] >= 25) {
                        v[PARAGRAPHS]++;  // a container with its own text reads as a paragraph
                    }
                    // Prose: text in paragraphs, or straight in a container, without its links.
                    if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
                        v[PROSE] = Math.max(0, v[UNITS] - v[LINK_UNITS]);
                    } else if (BLOCKS.contains(tag) && v[DIRECT_UNITS] >= 25) {
                        v[PROSE] += v[DIRECT_UNITS];
                    }
                    Element parent = e.parent();
                    if (parent != null && e != root) {
                        int[] p = s.values.computeIfAbsent(parent, k -> new int[SIZE]);
                        for (int i = 0; i < SIZE; i++) {
                            if (i != DIRECT_UNITS && i != DIRECT_COMMAS) {
                                p[i] += v[i];
                            }
                        }
                        if (tag.equals("a") || !BLOCKS.contains(tag)) {
                            // inline elements: their text reads as the parent's own
                            p[DIRECT_UNITS] += tag.equals("a") ? 0 : v[DIRECT_UNITS];
                            p[DIRECT_COMMAS] += v[DIRECT_COMMAS];
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            return s;
        }

        int get(Element e, int field) {
            return values.getOrDefault(e, ZERO)[field];
        }

        int prose(Element e) {
            return get(e, PROSE);
        }

        double linkDensity(Element e) {
            int units = get(e, UNITS);
            return units == 0 ? 0 : Math.min(1, (double) get(e, LINK_UNITS) / units);
        }
    }
}
