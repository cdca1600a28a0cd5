package org.eventline.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. The encoding comes from a byte-order mark (it wins, as in browsers), else the charset
 * the HTTP header declares, else a {@code <meta charset>} or XML declaration in the first kilobytes, else
 * detection: strict UTF-8, UTF-16 by the pattern of its bytes, then Big5 or GB18030 by which of them yields
 * common Chinese characters, else Windows-1252. Invalid bytes become U+FFFD, never an exception.
 */
final class Decoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Characters that make up a large share of any Chinese text, in both scripts; wrongly decoded bytes
     * give rare characters instead.
     */
    private static final String COMMON = "的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能"
            + "而子那得於于著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面起看定天"
            + "分還还進进好小部其些主樣样理心她本前開开但因只從从想實实日月表示將将與与美烏乌克蘭兰俄羅罗斯總总統统政府官員员新聞闻"
            + "報报記记者北京台市區区長长已並并被於最再更讓让向及等其全民公司內内外三二十百萬万元，。、「」：；（）！？";

    private Decoding() {
    }

    static String decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Utf8 utf8 = new Utf8(bytes);
        Charset charset = charsetOrNull(declared);
        if (charset != null) {
            return declaredOrBetter(bytes, charset, utf8);
        }
        Charset utf16 = utf16WithoutBom(bytes, utf8);
        if (utf16 != null) {
            return lenient(bytes, 0, utf16);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset meta = charsetOrNull(m.group(1) != null ? m.group(1) : m.group(2));
            // A meta tag readable as ASCII is no UTF-16 page, whatever it says (browsers read UTF-8 then).
            if (meta != null && !meta.name().startsWith("UTF-16")) {
                return declaredOrBetter(bytes, meta, utf8);
            }
        }
        return utf8.is() ? new String(bytes, StandardCharsets.UTF_8) : legacy(bytes);
    }

    /**
     * Whether the bytes are well-formed UTF-8, checked on first asking: most pages declare their charset, and
     * one that declares UTF-8 needs no check (a pass over the page as long as decoding it).
     */
    private static final class Utf8 {
        private final byte[] bytes;
        private Boolean wellFormed;

        Utf8(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean is() {
            if (wellFormed == null) {
                wellFormed = isUtf8(bytes);
            }
            return wellFormed;
        }
    }

    /**
     * Text in a declared charset, unless the declaration is plainly wrong: pages saved by a browser, and
     * servers that label everything ISO-8859-1, give UTF-8 under another name (well-formed UTF-8 with
     * non-ASCII characters is next to never a legacy encoding); and a page labelled Big5 in GB18030 (or the
     * reverse) reads as rare characters in the one and common ones in the other.
     */
    private static String declaredOrBetter(byte[] bytes, Charset declared, Utf8 utf8) {
        boolean unicode = declared.name().startsWith("UTF");
        if (!unicode && utf8.is() && hasWholeUtf8Sequence(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        String text = lenient(bytes, 0, declared);
        Charset other = declared.name().equals("GB18030") ? charsetOrNull("Big5-HKSCS")
                : declared.name().equals("Big5-HKSCS") ? charsetOrNull("GB18030") : null;
        if (other != null) {
            String alternative = lenient(bytes, 0, other);
            double share = commonShare(text);
            double otherShare = commonShare(alternative);
            if (otherShare >= 0.2 && otherShare > 2 * share) {
                return alternative;
            }
        }
        return text;
    }

    /** Bytes that are not UTF-8: the Chinese encoding that reads best, else Windows-1252. */
    private static String legacy(byte[] bytes) {
        String best = null;
        double bestScore = 0;
        for (String legacy : new String[] {"Big5-HKSCS", "GB18030"}) {
            Charset cs = charsetOrNull(legacy);
            if (cs == null) {
                continue;
            }
            String text = lenient(bytes, 0, cs);
            double score = commonShare(text);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= 0.08) {
            return best;
        }
        return lenient(bytes, 0, mostlyAscii(bytes) ? WINDOWS_1252 : StandardCharsets.UTF_8);
    }

    /** Share of common Chinese characters among the non-ASCII characters of a text. */
    private static double commonShare(String text) {
        int wide = 0;
        int common = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                continue;
            }
            wide++;
            if (COMMON.indexOf(c) >= 0) {
                common++;
            }
        }
        return wide == 0 ? 0 : (double) common / wide;
    }

    /**
     * UTF-16 without a byte-order mark: ASCII has a zero in every other byte, Chinese text a high byte in
     * the CJK range (0x4E–0x9F, 0x30 punctuation, 0xFF full-width forms) on the same side throughout.
     */
    static Charset utf16WithoutBom(byte[] b) {
        return utf16WithoutBom(b, new Utf8(b));
    }

    private static Charset utf16WithoutBom(byte[] b, Utf8 utf8) {
        int n = Math.min(b.length & ~1, 8192);
        if (n < 4) {
            return null;
        }
        int pairs = n / 2;
        int evenZero = 0;
        int oddZero = 0;
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
            evenHigh += highByteOfUtf16(b[i] & 0xFF) ? 1 : 0;
            oddHigh += highByteOfUtf16(b[i + 1] & 0xFF) ? 1 : 0;
        }
        if (oddZero >= pairs * 0.3 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= pairs * 0.3 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        // Without zeros, well-formed UTF-8 is never taken for UTF-16.
        if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.7) {
            return utf8.is() ? null : StandardCharsets.UTF_16LE;
        }
        if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.7) {
            return utf8.is() ? null : StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean highByteOfUtf16(int v) {
        return v == 0 || v >= 0x4E && v <= 0x9F || v == 0x30 || v == 0xFF || v == 0x20 || v >= 0x34 && v <= 0x4D;
    }

    private static boolean mostlyAscii(byte[] b) {
        int high = 0;
        for (byte x : b) {
            if (x < 0) {
                high++;
            }
        }
        return high * 10 < b.length;
    }

    /** Whether well-formed UTF-8 holds a whole multi-byte sequence (not merely one cut off at the end). */
    private static boolean hasWholeUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : 0;
            if (extra > 0 && i + extra < b.length) {
                return true;
            }
        }
        return false;
    }

    static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        // Pages labelled with the narrow legacy names use the wider supersets in practice.
        switch (n) {
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "hz-gb-2312" -> n = "GB18030";
            case "big5", "x-x-big5", "cp950", "big5-hkscs" -> n = "Big5-HKSCS";
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> n = "windows-1252";
            case "utf8", "unicode-1-1-utf-8" -> n = "UTF-8";
            case "unicode", "utf-16" -> n = "UTF-16LE";
            default -> {
            }
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the bytes are well-formed UTF-8 (checked in place: no decoding, no allocation). */
    static boolean isUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                if (i + k >= n) {
                    return true;  // cut off at the end (a size limit): still UTF-8
                }
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decoded with malformed and unmappable bytes replaced: what the String constructor does, straight into
     * a compact string (a decoder's char buffer was copied and compressed again, a tenth of reading a page).
     */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
