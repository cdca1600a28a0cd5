package org.eventline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article in text copied from a web page: breaking-news lines and teasers above it, related
 * stories, tags, product boxes and comment rules below. Lines are told apart by shape: prose (long, with
 * commas and a closing full stop), teasers (cut off with an ellipsis), section markers ("延伸閱讀",
 * "Related") and short lines (headlines, tags, menus). The article is the run of prose lines holding
 * the most text, short lines such as subheadings allowed between; it starts at the headline above it
 * (after any dateline or date line) and ends with its last paragraph.
 */
final class TextArticle {

    private enum Kind { BLANK, PROSE, TEASER, MARKER, NOISE, SHORT }

    private static final String COMMENT_WORDS = ".{0,10}討論區|.{0,10}讨论区|\\d+\\s*則留言|\\d+\\s*条评论|留言|發表留言|发表评论|"
            + ".{0,6}評論|.{0,6}评论|comments?( \\(\\d+\\))?|\\d+ comments?|leave a (comment|reply)";
    /** Section markers: related stories, most read, comments. A run of paragraphs does not cross them. */
    private static final Pattern MARKER = Pattern.compile(
            "(?iu)^\\s*(延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|相關文章|相关文章|相關閱讀|相关阅读|推薦閱讀|推荐阅读|看更多.{0,12}|"
                    + "更多.{0,8}新聞|更多.{0,8}新闻|熱門新聞|热门新闻|熱門推薦|热门推荐|商品推薦|商品推荐|猜你喜歡|猜你喜欢|"
                    + "你可能也想看|你可能會喜歡|編輯推薦|编辑推荐|最新新聞|最新新闻|即時新聞|即时新闻|今日熱門|"
                    + COMMENT_WORDS + "|"
                    + "related( stories| articles| news| coverage| content| topics)?|read more|more from .{1,40}|"
                    + "more on this story|more stories|most (read|popular|viewed)|recommended( for you)?|trending( now)?|"
                    + "you (may|might) (also )?like|share this( article| story)?|top stories|latest (news|stories))"
                    + "\\s*[:：]?\\s*$");
    /** Comment sections: what follows them is readers' text, not the article. */
    private static final Pattern COMMENTS = Pattern.compile("(?iu)^\\s*(" + COMMENT_WORDS + ")\\s*[:：]?\\s*$");
    /** Advertising lines inside an article: skipped, they neither end it nor stay in it. */
    private static final Pattern NOISE = Pattern.compile(
            "(?iu)^\\s*(advertisement|advertising|sponsored( content)?|scroll to continue( with content)?|ad|廣告|广告|"
                    + "請繼續往下閱讀.{0,6}|请继续往下阅读.{0,6}|繼續閱讀|继续阅读)\\s*$");
    /** Buttons and counters a copy of a page carries between its headline and its text. */
    private static final Pattern UI_LINE = Pattern.compile(
            "(?iu)^\\s*(分享|分享[至到][:：]?.{0,20}|(字級|字级|字号|字號|字体|字體)([:：]?[\\s大中小]*)?|列印|打印|收藏|轉寄|转发|複製連結|复制链接|訂閱|订阅|追蹤|关注|"
                    + "A\\+|A-|A\\+ ?A-|[0-9,]+\\s*(人|次)?(閱讀|阅读|瀏覽|浏览|讚|赞)|share|save|print|email|facebook|twitter|x|line|"
                    + "whatsapp|linkedin|reddit|bluesky|threads|flipboard|pinterest|telegram|微信|微博|copy link( copied)?|"
                    + "link copied|listen( to this article)?|\\d+\\s*min(ute)?s? read|comments?|\\d+ comments?|"
                    + "follow|gift this article|read in app|"
                    + "(updated\\s+)?\\d+\\s*(mins?|minutes?|hrs?|hours?|days?|weeks?)\\s+ago|\\d+\\s*(分鐘|分钟|小時|小时|天)前)\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "(報導|报道|日電|日电|電\\s*$|电\\s*$|記者|记者|綜合|综合|編譯|编译|特派|外電|外电|\\((Reuters|AP|AFP|CNN|BBC)\\)|"
                    + "^\\s*(By|From)\\s|—\\s*$|^[^，。,.]{0,20}[／/]\\s*[^，。,.]{0,20}$)");
    /** What marks a menu or a breadcrumb trail rather than a headline: 首頁 > 國際, 新聞 | 評論. */
    private static final Pattern MENU = Pattern.compile("[>|»›／/]");
    /** A breadcrumb trail: 云帆新闻 > 国际新闻 > 正文, "Home › World › Europe". */
    private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s+[>›»]\\s+\\S");
    /** What a credit or a copyright line says: "Additional reporting by…", "© 2025…", 版權所有. */
    private static final Pattern RIGHTS = Pattern.compile("(?iu)\\bby\\b|©|\\(c\\)|copyright|all rights reserved|版權|版权");
    private static final Pattern CREDIT = Pattern.compile("^\\s*[（(]\\s*(編輯|编辑|責任編輯|责任编辑|譯者|译者|編譯|编译|核稿)");
    private static final Pattern TRAILING_NOTE = Pattern.compile("([（(][^（()）]{1,24}[)）])?\\s*\\d{4,}\\s*$|[（(][^（()）]{1,24}[)）]\\s*$");
    private static final Pattern LABELLED_LIST = Pattern.compile("^\\s*[\\p{L} ]{1,20}[:：]\\s");
    /** The kind of piece a headline may open with: "Analysis: …", "Explainer: …". */
    private static final Pattern HEADLINE_LABEL = Pattern.compile("(?i)^\\s*(analysis|opinion|comment|explainer|exclusive"
            + "|editorial|insight|interview|factbox|fact check|news analysis|long read|the big read)\\s*:\\s");
    private static final Pattern BULLET = Pattern.compile("^\\s*([•‧・·●○■□◆◇▪▶►\\-*]|\\d{1,2}[.)、])\\s*");

    private TextArticle() {
    }

    static ArticleReader.Page parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = lines.length;
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = classify(lines[i].strip());
        }
        int[] run = bestRun(lines, kinds);
        if (run == null) {
            return new ArticleReader.Page(null, null, null, null, null, null, text.strip());
        }
        int first = run[0];
        int last = run[1];
        // A short sentence may close the article ("Putin was due to leave late on Friday night.")
        int closing = next(lines, last);
        if (closing >= 0 && closingSentence(lines[closing].strip(), kinds[closing])) {
            int beyond = next(lines, closing);
            if (beyond < 0 || kinds[beyond] == Kind.MARKER || kinds[beyond] == Kind.NOISE
                    || UI_LINE.matcher(lines[beyond]).matches()) {
                last = closing;
            }
        }
        // An editor's or translator's note closes the article: （編輯：王小明）
        int after = next(lines, last);
        if (after >= 0 && CREDIT.matcher(lines[after]).find()) {
            last = after;
        }
        // Up from the first paragraph: datelines, date and byline lines, buttons, then the headline.
        int start = first;
        String title = null;
        int seen = 0;
        boolean headerSeen = false;
        for (int i = previous(lines, first); i >= 0 && seen < 6; i = previous(lines, i)) {
            String line = lines[i].strip();
            if (kinds[i] == Kind.NOISE || kinds[i] == Kind.SHORT && (UI_LINE.matcher(line).matches()
                    || BREADCRUMB.matcher(line).find())) {
                continue;  // an advert, a photo caption, share buttons or the trail to the page above the text
            }
            seen++;
            if (kinds[i] != Kind.SHORT) {
                break;
            }
            if (headerLine(line) || authorOverRole(lines, i) != null) {
                start = i;
                headerSeen = true;
                continue;
            }
            if (headline(line)) {
                start = i;
                title = line;
                int above = previous(lines, i);
                // the headline over a standfirst: a byline or date between them, or the two lines in a row
                // (a blank line at most between them)
                if ((headerSeen || above == i - 1 || above == i - 2) && above >= 0 && kinds[above] == Kind.SHORT
                        && (standfirst(line, lines[above].strip(), above == next(lines, -1))
                            || above == i - 1 && subtitle(line, lines[above].strip()))) {
                    start = above;
                    title = lines[above].strip();
                }
            }
            break;
        }
        // A saved page: the headline on the first line, the site's menus and trail between it and the text
        String topLine = title == null ? pageHeadline(lines, kinds, first) : null;
        if (topLine != null) {
            title = topLine;
        }
        List<String> header = new ArrayList<>();
        for (int i = title == null || topLine != null ? start : start + 1; i < first; i++) {
            if (!lines[i].isBlank()) {
                header.add(lines[i].strip());
            }
        }
        StringBuilder body = new StringBuilder(topLine == null ? "" : topLine);
        int blanks = topLine == null ? 0 : 1;
        for (int i = start; i <= last; i++) {
            String line = lines[i].strip();
            if (kinds[i] == Kind.NOISE || i < first && (metadataLine(line) || authorOverRole(lines, i) != null)) {
                continue;  // the date, the authors and the buttons are metadata, not the article
            }
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (!body.isEmpty()) {
                body.append(blanks > 0 ? "\n\n" : "\n");
            }
            body.append(line);
            blanks = 0;
        }
        List<String> edges = new ArrayList<>(header);
        edges.add(lines[first].strip());
        edges.add(lines[last].strip());
        String author = null;
        for (String line : edges) {
            author = Bylines.find(line.length() > 200 ? line.substring(0, 100) + line.substring(line.length() - 100) : line);
            if (author != null) {
                break;
            }
        }
        for (int i = start; i < first && author == null; i++) {
            author = authorOverRole(lines, i);
        }
        String published = null;
        List<String> dated = new ArrayList<>(header);
        if (previous(lines, start) >= 0) {
            dated.add(lines[previous(lines, start)].strip());  // some pages print the date above the headline
        }
        for (String line : dated) {
            if (line.length() <= 80) {
                published = Timestamp.find(line).map(Timestamp::iso).orElse(null);
                if (published != null) {
                    break;
                }
            }
        }
        return new ArticleReader.Page(title, published, author, null, null, null, body.toString());
    }

    /** The run of prose lines with the most text; short lines may stand between, teasers and markers end it. */
    private static int[] bestRun(String[] lines, Kind[] kinds) {
        int[] best = null;
        int bestUnits = 0;
        int runStart = -1;
        int runEnd = -1;
        int units = 0;
        int shortLines = 0;
        boolean afterComments = false;
        boolean runAfterComments = false;
        for (int i = 0; i <= lines.length; i++) {
            Kind k = i == lines.length ? Kind.MARKER : kinds[i];
            boolean cut = k == Kind.MARKER || k == Kind.TEASER || k == Kind.SHORT && shortLines >= 2;
            if (cut && runStart >= 0) {
                if (runAfterComments) {
                    units /= 3;  // readers' comments can be long; the article above them wins unless far shorter
                }
                if (units > bestUnits) {
                    best = new int[] {runStart, runEnd};
                    bestUnits = units;
                }
                runStart = -1;
                units = 0;
            }
            if (k == Kind.MARKER && i < lines.length && COMMENTS.matcher(lines[i]).matches()) {
                afterComments = true;
            }
            if (k == Kind.PROSE) {
                if (runStart < 0) {
                    runStart = i;
                    runAfterComments = afterComments;
                }
                runEnd = i;
                units += Texts.units(lines[i]);
                shortLines = 0;
            } else if (k == Kind.SHORT) {
                shortLines++;
            } else if (k != Kind.BLANK && k != Kind.NOISE) {
                shortLines = 0;
            }
        }
        return best;
    }

    private static Kind classify(String line) {
        if (line.isEmpty()) {
            return Kind.BLANK;
        }
        if (NOISE.matcher(line).matches() || line.length() < 200 && Texts.CAPTION.matcher(line).find()) {
            return Kind.NOISE;
        }
        if (MARKER.matcher(line).matches()) {
            return Kind.MARKER;
        }
        if (line.endsWith("...") || line.endsWith("…") || line.endsWith("...)") || line.endsWith("…）")) {
            return Kind.TEASER;
        }
        return prose(line) ? Kind.PROSE : Kind.SHORT;
    }

    /** A sentence too short for a paragraph, standing after the last one, that is neither a credit nor a button. */
    private static boolean closingSentence(String line, Kind kind) {
        if (kind != Kind.SHORT || !Texts.endsSentence(line) || UI_LINE.matcher(line).matches()
                || Bylines.find(line) != null || DATELINE.matcher(line).find() || CREDIT.matcher(line).find()
                || RIGHTS.matcher(line).find()) {
            return false;
        }
        return Texts.hanShare(line) > 0.3 ? line.replaceAll("\\s", "").length() >= 12
                : Character.isUpperCase(line.charAt(0)) && line.split("\\s+").length >= 6;
    }

    /** A paragraph: long, with commas or several sentences, ending as a sentence does. */
    static boolean prose(String text) {
        if (BULLET.matcher(text).lookingAt() && text.length() < 120) {
            return false;
        }
        // An editor's note or a story number may follow the last sentence: （編輯：王小明）1110628
        String line = TRAILING_NOTE.matcher(text).replaceFirst("");
        if (Texts.hanShare(line) > 0.3) {
            int chars = line.replaceAll("\\s", "").length();
            boolean commas = line.indexOf('，') >= 0 || line.indexOf('、') >= 0 || line.indexOf('；') >= 0;
            return chars >= 25 && Texts.endsSentence(line) && (commas || chars >= 50) || chars >= 80 && line.contains("。");
        }
        int words = line.split("\\s+").length;
        return words >= 12 && Texts.endsSentence(line) || words >= 40;
    }

    /**
     * The first line of the file when it reads as a headline and only short lines (menus, a trail, buttons)
     * stand between it and the text, or null.
     */
    private static String pageHeadline(String[] lines, Kind[] kinds, int first) {
        int top = next(lines, -1);
        if (top < 0 || top >= first || kinds[top] != Kind.SHORT || !headline(lines[top].strip())
                || MENU.matcher(lines[top]).find()) {
            return null;
        }
        for (int i = top + 1; i < first; i++) {
            if (kinds[i] != Kind.SHORT && kinds[i] != Kind.NOISE && !lines[i].isBlank()) {
                return null;
            }
        }
        return lines[top].strip();
    }

    /** Dates, datelines and bylines between a headline and its first paragraph. */
    private static boolean headerLine(String line) {
        return line.length() <= 80 && (DATELINE.matcher(line).find() || Timestamp.find(line).isPresent()
                || Bylines.find(line) != null || Bylines.roleLine(line) || UI_LINE.matcher(line).matches());
    }

    /** Lines between headline and text that only hold metadata: buttons, a date line, an English byline. */
    private static boolean metadataLine(String line) {
        return UI_LINE.matcher(line).matches() || Timestamp.dateLine(line) || Bylines.bylineLine(line)
                || Bylines.roleLine(line);
    }

    /** The author when line {@code i} is a name alone over the line saying what they write, or null. */
    private static String authorOverRole(String[] lines, int i) {
        int below = next(lines, i);
        return below < 0 || lines[i].isBlank() ? null : Bylines.nameOverRole(lines[i], lines[below]);
    }

    /**
     * A standfirst under the headline (headline, standfirst, byline, text): an English summary line clearly
     * longer than the headline-like line above it, or any summary line under the line a file opens with. Menus,
     * labelled lists ("Trending: …") and teasers are no headline.
     */
    private static boolean standfirst(String candidate, String above, boolean aboveOpensFile) {
        if (Texts.hanShare(candidate) > 0.3 || Texts.hanShare(above) > 0.3 || !headline(above) || headerLine(above)
                || above.contains("|")) {
            return false;
        }
        int words = candidate.split("\\s+").length;
        if (HEADLINE_LABEL.matcher(above).lookingAt()) {
            return words >= 8;  // "Analysis: …" over its summary
        }
        if (LABELLED_LIST.matcher(above).lookingAt()) {
            return false;
        }
        int aboveWords = above.split("\\s+").length;
        if (aboveOpensFile && aboveWords >= 6 && words >= 8 && words <= aboveWords * 3) {
            return true;  // a file that opens with its headline, its summary under it
        }
        return words >= 12 && aboveWords >= 6 && words * 10 >= aboveWords * 13 && words <= aboveWords * 3;
    }

    /** A Chinese headline's second line right under it (普京年度記者會：… / 願以法律形式承諾…): one headline. */
    private static boolean subtitle(String candidate, String above) {
        return Texts.hanShare(candidate) > 0.3 && Texts.hanShare(above) > 0.3 && headline(above)
                && Bylines.find(above) == null && Timestamp.find(above).isEmpty() && !MENU.matcher(above).find();
    }

    /** A headline: a line of its own, not too long, at least a few words, not ending as a sentence in Chinese. */
    private static boolean headline(String line) {
        boolean chinese = Texts.hanShare(line) > 0.3;
        int length = line.replaceAll("\\s", "").length();
        boolean enough = chinese ? length >= 6 : line.split("\\s+").length >= 3;
        return enough && line.length() <= (chinese ? 100 : 250) && !line.endsWith("。") && !BULLET.matcher(line).lookingAt();
    }

    private static int previous(String[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static int next(String[] lines, int i) {
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
