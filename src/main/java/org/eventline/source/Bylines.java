package org.eventline.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors from bylines and datelines as news pages print them: 記者王小明／台北報導, （中央社記者王小明台北19日電）,
 * （王小明／台中報導）, 編譯：王小明, "By Jane Doe and John Roe". Desks (社會中心／綜合報導) and outlets
 * (三立新聞網, "Reuters") are not authors.
 */
final class Bylines {

    private static final String HAN = "\\p{IsHan}";
    private static final String NAME = "[" + HAN + "·‧・．]{2,12}";
    private static final String NAMES = NAME + "(?:\\s*[、，,]\\s*" + NAME + ")*";

    /** （中央社記者王小明台北19日電）: name and place run together before the day. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(?:記者|记者|特派員|特派员)\\s*(" + NAMES + ")\\s*(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*日\\s*(?:專|专)?(?:電|电)");
    /** 記者王小明／台北報導, 記者王小明/報導, 本报记者 王小明 北京报道. */
    private static final Pattern REPORTER = Pattern.compile(
            "(?:記者|记者|特派員|特派员|實習記者|实习记者|特約記者|特约记者)\\s*(" + NAMES + ")\\s*(?:[／/|｜]|$"
                    + "|(?=\\s*(?:報導|报道|綜合報導|综合报道))|(?=\\s+[" + HAN + "]{1,8}(?:報導|报道|電|电)))");
    /** 新华社北京12月15日电（记者王小明 李大华）: the names follow the dateline. */
    private static final Pattern NAMES_AFTER_DATELINE = Pattern.compile(
            "\\d{1,2}\\s*日\\s*(?:專|专)?(?:電|电)\\s*[（(]\\s*(?:記者|记者)\\s*(" + NAME + "(?:[\\s、，,]+" + NAME + ")*)\\s*[)）]");
    /** （王小明／台中報導）, 〔王小明／綜合報導〕, 王小明／台北報導. */
    private static final Pattern SLASH_REPORT = Pattern.compile(
            "(?:^|[（(〔【\\[])\\s*(" + NAMES + ")\\s*[／/]\\s*[" + HAN + "\\s]{0,12}(?:報導|报道|電|电)\\s*(?:[)）〕】\\]]|$)");
    /** 編譯：王小明, 作者：王小明, 文／王小明. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:^|[\\s\u3000（(〔【])(?:編譯|编译|撰稿|作者|撰文|採訪|采访|文|圖文|图文|執筆|执笔)\\s*[:：／/]\\s*(" + NAMES + ")");
    /** 編譯王小明／綜合外電報導. */
    private static final Pattern TRANSLATOR = Pattern.compile(
            "(?:編譯|编译)\\s*(" + NAMES + ")\\s*[／/]");
    private static final Pattern ENGLISH = Pattern.compile(
            "^\\s*(?:by|written by|words by|story by|reporting by|author:)\\s+(.{3,120})$",
            Pattern.CASE_INSENSITIVE);
    private static final String ENGLISH_NAME_TEXT =
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|da|di|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,3}";
    private static final Pattern ENGLISH_NAME = Pattern.compile(ENGLISH_NAME_TEXT);
    /** "Jane Roe, Diplomatic Editor", "John Doe, Kyiv correspondent": a name and the desk it writes for. */
    private static final Pattern WITH_ROLE = Pattern.compile("(" + ENGLISH_NAME_TEXT + "),\\s+(?:[\\p{L}'’-]+\\s+){0,3}"
            + "(?i:editor|correspondent|reporter|writer|journalist|columnist|analyst)");
    /** "Eastern Europe correspondent, Kyiv", "Staff writer": the line under an author's name saying what they write. */
    private static final Pattern ROLE_LINE = Pattern.compile("(?iu)^(?:[\\p{L}'’&-]+\\s+){0,4}"
            + "(?:editor|correspondent|reporter|writer|journalist|columnist|analyst|producer|contributor)s?"
            + "(?:\\s+(?:at|in|for)\\s+[\\p{L} .'’-]{1,40}|,\\s*[\\p{L} .'’-]{1,40})?$");
    /** "Jane Roe in Kyiv and John Doe in Moscow": reporters placed where they file from, no "By". */
    private static final String PLACED_ONE = "(" + ENGLISH_NAME_TEXT + ")\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
    private static final Pattern PLACED = Pattern.compile(PLACED_ONE + "(?:\\s*(?:,|\\band\\b)\\s*" + PLACED_ONE + ")*");
    private static final Pattern PLACED_PART = Pattern.compile(PLACED_ONE);

    private static final Pattern FILED_FROM = Pattern.compile("報導|报道|電|电|\\d\\s*日");

    /** Words of desks, outlets and roles, never of a person's name. */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "新聞|新闻|中心|綜合|综合|即時|即时|外電|外电|本報|本报|編輯|编辑|報導|报道|團隊|团队|小組|小组|頻道|频道|電視|电视|"
                    + "日報|日报|時報|时报|晚報|通訊|通讯|國際|国际|社會|社会|政治|財經|财经|娛樂|娱乐|生活|體育|体育|地方|"
                    + "網|网|社$|台$|部$|室$|組$|组$|中央社|路透|美聯|美联|法新|共同社|新華|新华|記者|记者|報$|报$|"
                    + "大陸|大陆|兩岸|两岸|焦點|焦点|專題|专题|整理|翻攝|翻摄|攝影|摄影|提供|資料|资料");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(news|times|post|press|media|agency|staff|editorial|editors?|team|desk|reuters|associated|"
                    + "afp|bloomberg|network|online|daily|magazine|journal|radio|tv|television|channel|group|inc|ltd|"
                    + "corporation|company|admin|administrator|webmaster|newsroom|wire|service|contributors?)\\b");

    private Bylines() {
    }

    /** The author named by a byline or dateline within a line of text, or null. */
    static String find(String text) {
        if (text == null || text.isBlank() || text.length() > 400) {
            return null;  // bylines are short; long prose is searched at its ends by the callers
        }
        for (Pattern p : new Pattern[] {NAMES_AFTER_DATELINE, AGENCY_DATELINE, REPORTER, SLASH_REPORT, LABELLED, TRANSLATOR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String names = p == AGENCY_DATELINE ? withoutPlace(m.group(1))
                        : p == NAMES_AFTER_DATELINE ? m.group(1).strip().replaceAll("\\s+", "、") : m.group(1);
                String person = chinesePeople(names);
                if (person != null) {
                    return person;
                }
            }
        }
        Matcher en = ENGLISH.matcher(text.strip());
        if (en.matches()) {
            return englishPeople(en.group(1));
        }
        Matcher role = WITH_ROLE.matcher(text.strip());
        if (role.matches() && !ORGANISATION.matcher(role.group(1)).find()) {
            return role.group(1);
        }
        return placedPeople(text.strip());
    }

    /** A line saying what an author writes, printed under the name: "Eastern Europe correspondent, Kyiv". */
    static boolean roleLine(String line) {
        return line.length() <= 80 && ROLE_LINE.matcher(line.strip()).matches();
    }

    /** The author of a byline printed on two lines, a name alone over its role ("Jane Roe" / "Staff writer"), or null. */
    static String nameOverRole(String nameLine, String roleLine) {
        String name = nameLine.strip();
        return roleLine(roleLine) && ENGLISH_NAME.matcher(name).matches() && !ORGANISATION.matcher(name).find()
                ? name : null;
    }

    /** "Jane Roe in Kyiv and John Doe in Moscow" → "Jane Roe, John Doe"; null for any other line. */
    private static String placedPeople(String line) {
        if (line.length() > 160 || !PLACED.matcher(line).matches()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACED_PART.matcher(line);
        while (m.find()) {
            String name = m.group(1).replaceFirst("^(?:and|And)\\s+", "");
            if (ORGANISATION.matcher(name).find()) {
                return null;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * A line that only names the authors ("By Jane Roe", "Jane Roe in Kyiv", 示例新闻记者 李明远), with no
     * dateline to keep (記者王小明／台北報導 tells where the story was filed).
     */
    static boolean bylineLine(String line) {
        String l = line.strip();
        return find(l) != null && !FILED_FROM.matcher(l).find();
    }

    /**
     * A name from an author field of the page's metadata, cleaned of "記者" or "By" and of the place, or null
     * when the field names an outlet, a desk or a URL rather than a person.
     */
    static String clean(String value, Set<String> outlets) {
        if (value == null || value.isBlank() || value.length() > 200 || value.contains("://") || value.startsWith("www.")) {
            return null;
        }
        String v = value.strip();
        String found = find(v);
        if (found != null) {
            return found;
        }
        String normalized = squash(v);
        for (String outlet : outlets) {
            String o = outlet == null ? "" : squash(outlet);
            if (!o.isEmpty() && (o.contains(normalized) || normalized.contains(o) && normalized.length() < o.length() + 6)) {
                return null;
            }
        }
        if (Texts.hanShare(v) > 0.5) {
            return chinesePeople(v.replaceAll("^(記者|记者|編譯|编译|文|作者)\\s*[:：／/]?", "").strip());
        }
        return englishPeople(v.replaceFirst("(?i)^\\s*by\\s+", ""));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}｜]", "");
    }

    /** Names joined by 、; null if any part is not a plausible personal name. */
    private static String chinesePeople(String names) {
        if (names == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : names.split("\\s*[、，,]\\s*")) {
            String name = part.strip();
            if (!chinesePerson(name)) {
                return null;
            }
            out.add(name);
        }
        return out.isEmpty() ? null : String.join("、", out);
    }

    static boolean chinesePerson(String name) {
        int han = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Texts.isCjk(c)) {
                han++;
            } else if ("·‧・．".indexOf(c) < 0) {
                return false;
            }
        }
        boolean transliterated = name.matches(".*[·‧・．].*");
        return han >= 2 && (han <= 4 || transliterated && han <= 12) && !NOT_A_PERSON.matcher(name).find();
    }

    private static final Set<String> COMPOUND_SURNAMES = Set.of("歐陽", "欧阳", "司馬", "司马", "上官", "諸葛", "诸葛",
            "東方", "东方", "皇甫", "令狐", "張簡", "张简", "范姜", "夏侯", "公孫", "公孙", "慕容", "尉遲", "尉迟");

    /**
     * Agency datelines run the reporter's name into the place (記者王小明台北): names have two to three
     * characters (four with a compound surname) and places at least two, so the split follows from the length.
     */
    private static String withoutPlace(String names) {
        String[] parts = names.split("\\s*[、，,]\\s*");
        String last = parts[parts.length - 1].strip();
        int len = last.length();
        int nameLength;
        if (len <= 3) {
            nameLength = len;  // no place given
        } else if (len == 4) {
            nameLength = COMPOUND_SURNAMES.contains(last.substring(0, 2)) ? 4 : 2;
        } else {
            nameLength = COMPOUND_SURNAMES.contains(last.substring(0, 2)) && len >= 6 ? 4 : 3;
        }
        parts[parts.length - 1] = last.substring(0, nameLength);
        return String.join("、", parts);
    }

    /** "Jane Doe and John Roe, Reuters" → "Jane Doe, John Roe". */
    static String englishPeople(String text) {
        String t = text.replaceAll("(?i)\\s*(\\||—|–|(?<!\\p{L})-|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\b\\s+\\p{Lu}\\p{L}+day).*$", "")
                .replaceAll("\\S+@\\S+", "");
        Set<String> names = new LinkedHashSet<>();
        for (String part : t.split("\\s*(?:,|;|\\band\\b|&|\\bwith\\b)\\s*")) {
            String p = part.strip();
            if (p.isEmpty() || ORGANISATION.matcher(p).find() || p.equals(p.toUpperCase(Locale.ROOT))) {
                continue;
            }
            Matcher m = ENGLISH_NAME.matcher(p);
            if (m.matches()) {
                names.add(p);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
