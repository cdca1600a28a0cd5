package org.eventline.source;

import java.util.regex.Pattern;

/** Markdown to the plain text a reader sees: no heading marks, emphasis, link targets or front matter. */
final class Markdown {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\s*\\n.*?\\n---\\s*\\n", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s{0,3}>\\s?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}([-*_]\\s*){3,}$");

    private Markdown() {
    }

    static String plain(String md) {
        String t = FRONT_MATTER.matcher(md.replace("\r\n", "\n")).replaceFirst("");
        t = HEADING.matcher(t).replaceAll("$1");
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = EMPHASIS.matcher(t).replaceAll("$2");
        t = QUOTE.matcher(t).replaceAll("");
        return RULE.matcher(t).replaceAll("");
    }
}
