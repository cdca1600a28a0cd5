package org.eventline.extract.time;

/** Chinese numerals as written in news: digits, 一…九, 十, 百, 千, 两. */
public final class ChineseNumbers {

    private ChineseNumbers() {
    }

    /** The value, or null when the text is not a number. */
    public static Integer parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? null : Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '两' || c == '兩') {
                digit = 2;
            }
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += current * 100;
                current = 0;
            } else if (c == '千') {
                total += current * 1000;
                current = 0;
            } else {
                return null;
            }
        }
        return total + current;
    }
}
