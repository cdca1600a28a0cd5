package org.eventline.extract.time;

/** Chinese numerals as written in news: digits, 一…九, 〇/零, 十, 廿, 卅, 百, 千, 萬/万, 兩/两. */
public final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两' || c == '兩') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /** The value, or null when the text is not a number. */
    public static Integer parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 9 ? null : Integer.parseInt(s);
        }
        long total = 0;
        long section = 0;
        long current = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
                any = true;
                continue;
            }
            if (c == '廿' || c == '卅' || c == '卌') {
                // 廿五 is 25, 卅一 is 31
                section += c == '廿' ? 20 : c == '卅' ? 30 : 40;
                current = 0;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                case '万', '萬' -> 10_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            any = true;
            if (unit == 10_000) {
                total += (section + current) * unit;
                section = 0;
            } else {
                section += (current == 0 ? 1 : current) * unit;
            }
            current = 0;
        }
        long value = total + section + current;
        return any && value <= Integer.MAX_VALUE ? (int) value : null;
    }

    /** A number written digit by digit (二〇二五, 九八), or null. */
    public static Integer digits(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : (c == '两' || c == '兩') ? -1 : digit(c);
            if (d < 0) {
                return null;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Two neighbouring digits that give a rough count, not a number: 兩三天, 三四年, 七八個月. */
    public static boolean isRough(String s) {
        if (s.length() != 2) {
            return false;
        }
        int a = digit(s.charAt(0));
        int b = digit(s.charAt(1));
        return a > 0 && b > 0 && (b == a + 1 || (a == 3 && b == 5));
    }
}
