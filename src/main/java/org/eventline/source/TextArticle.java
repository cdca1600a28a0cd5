package org.eventline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article in text copied from a web page: breaking-news lines and teasers above it, related
 * stories, tags and comment rules below. The article is the largest run of paragraph lines not cut by a
 * "related"/"read more" marker, extended upwards by its dateline and headline.
 */
final class TextArticle {

    private static final Pattern END_MARKER = Pattern.compile(
            "^\\s*(延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|相關文章|推薦閱讀|推荐阅读|看更多|更多新聞|熱門新聞|"
                    + "热门新闻|商品推薦|留言|討論區|讨论区|猜你喜歡|猜你喜欢|你可能也想看|Related( stories| articles| news| coverage)?|"
                    + "Read more|More from|More on this story|Most read|Recommended|Share this|Comments)\\s*[:：]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "(報導|报道|電|电|記者|记者|／|/|綜合|综合|\\(Reuters\\)|\\(AP\\)|\\(AFP\\)|—|–)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?.」”\"]\\s*$|[。！？]");

    private TextArticle() {
    }

    static ArticleReader.Page parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = lines.length;
        boolean[] paragraph = new boolean[n];
        boolean[] marker = new boolean[n];
        for (int i = 0; i < n; i++) {
            String line = lines[i].strip();
            marker[i] = END_MARKER.matcher(line).matches();
            paragraph[i] = isParagraph(line);
        }
        // Runs of paragraphs: a marker ends a run, and so do more than three non-paragraph lines in a row.
        int bestStart = -1;
        int bestEnd = -1;
        int bestSize = 0;
        int runStart = -1;
        int runEnd = -1;
        int size = 0;
        int gap = 0;
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n || marker[i] || gap > 3;
            if (cut && runStart >= 0) {
                if (size > bestSize) {
                    bestStart = runStart;
                    bestEnd = runEnd;
                    bestSize = size;
                }
                runStart = -1;
                size = 0;
            }
            if (i == n) {
                break;
            }
            if (paragraph[i] && !marker[i]) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = i;
                size += lines[i].strip().length();
                gap = 0;
            } else if (!lines[i].isBlank()) {
                gap++;
            }
        }
        if (bestStart < 0) {
            return new ArticleReader.Page(null, null, null, null, null, null, text.strip());
        }
        int start = bestStart;
        int above = previousNonBlank(lines, start);
        if (above >= 0 && lines[above].strip().length() <= 40 && DATELINE.matcher(lines[above]).find()) {
            start = above;
            above = previousNonBlank(lines, start);
        }
        String title = null;
        if (above >= 0 && isHeadline(lines[above].strip())) {
            start = above;
            title = lines[above].strip();
        }
        List<String> kept = new ArrayList<>();
        for (int i = start; i <= bestEnd; i++) {
            kept.add(lines[i].strip());
        }
        String body = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
        if (title == null) {
            title = kept.get(0);
        }
        return new ArticleReader.Page(title, null, null, null, null, null, body);
    }

    private static boolean isParagraph(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.UnicodeScript.of(line.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        boolean chinese = han * 2 > line.length();
        if (chinese) {
            return line.length() >= 30 && SENTENCE_END.matcher(line).find() && !line.endsWith("...") && !line.endsWith("…");
        }
        return line.split("\\s+").length >= 12 && SENTENCE_END.matcher(line).find();
    }

    private static boolean isHeadline(String line) {
        return !line.isEmpty() && line.length() <= 120 && !END_MARKER.matcher(line).matches()
                && !line.endsWith("。") && !line.matches("^(快訊|快讯|即時|即时|Breaking|Live)$");
    }

    private static int previousNonBlank(String[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
