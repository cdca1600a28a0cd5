package org.eventline.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a declared charset (HTTP header), then a byte-order mark, then a {@code <meta charset>}
 * in the first kilobytes, then strict UTF-8, then the legacy Chinese encodings. Invalid bytes become
 * U+FFFD, never an exception.
 */
final class Decoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    static String decode(byte[] bytes, String declared) {
        Charset charset = charsetOrNull(declared);
        if (charset != null) {
            return lenient(bytes, 0, charset);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset meta = charsetOrNull(m.group(1));
            if (meta != null && !meta.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
                return lenient(bytes, 0, meta);
            }
        }
        if (isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        for (String legacy : new String[] {"Big5-HKSCS", "GB18030"}) {
            Charset cs = charsetOrNull(legacy);
            if (cs != null && decodes(bytes, cs)) {
                return lenient(bytes, 0, cs);
            }
        }
        return lenient(bytes, 0, StandardCharsets.UTF_8);
    }

    private static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Pages labelled with the narrow legacy names use the wider superset in practice.
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk")) {
            n = "GB18030";
        } else if (n.equals("big5")) {
            n = "Big5-HKSCS";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        return decodes(bytes, StandardCharsets.UTF_8);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
