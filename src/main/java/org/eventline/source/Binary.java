package org.eventline.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Recognises content that is not text: documents, images, archives, programs. */
final class Binary {

    private Binary() {
    }

    /** A name for binary content, or null when the bytes may be text. */
    static String kind(byte[] b, String contentType) {
        String magic = magic(b);
        if (magic != null) {
            return magic;
        }
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.startsWith("image/") || ct.startsWith("audio/") || ct.startsWith("video/") || ct.startsWith("font/")
                    || ct.startsWith("application/pdf") || ct.startsWith("application/zip")
                    || ct.startsWith("application/octet-stream") && controlShare(b) > 0.05) {
                return contentType.split(";")[0].strip();
            }
        }
        int n = Math.min(b.length, 4096);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        boolean suspicious = zeros * 100 > n || controlShare(b) > 0.1;
        // UTF-16 text has zeros (ASCII) or odd bytes (Chinese) in every other byte: the decoder's business
        return suspicious && Decoding.utf16WithoutBom(b) == null ? "unknown binary data" : null;
    }

    private static double controlShare(byte[] b) {
        int n = Math.min(b.length, 4096);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
                controls++;
            }
        }
        return n == 0 ? 0 : (double) controls / n;
    }

    private static String magic(byte[] b) {
        if (at(b, 0, "%PDF")) {
            return "PDF";
        }
        if (at(b, 0, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (at(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (at(b, 0, "GIF8")) {
            return "GIF image";
        }
        if (at(b, 0, "RIFF") && at(b, 8, "WEBP")) {
            return "WebP image";
        }
        if (at(b, 4, "ftyp")) {
            return "MP4/HEIF media";
        }
        if (at(b, 0, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return "BMP image";
        }
        if (at(b, 0, 'I', 'I', 0x2A, 0) || at(b, 0, 'M', 'M', 0, 0x2A)) {
            return "TIFF image";
        }
        if (at(b, 0, "PK", 3, 4)) {
            return "ZIP archive or Office document";
        }
        if (at(b, 0, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "Office document";
        }
        if (at(b, 0, "{\\rtf")) {
            return "RTF document";
        }
        if (at(b, 0, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        if (at(b, 0, "MZ") && b.length > 64 && controlShare(b) > 0.05) {
            return "executable";
        }
        if (at(b, 0, "7z", 0xBC, 0xAF) || at(b, 0, "Rar!")) {
            return "archive";
        }
        if (at(b, 0, "ID3") || at(b, 0, "OggS") || at(b, 0, "fLaC")) {
            return "audio";
        }
        if (at(b, 0, "wOFF") || at(b, 0, "wOF2")) {
            return "font";
        }
        return null;
    }

    /** Whether the bytes at an offset are the given ASCII strings and byte values. */
    private static boolean at(byte[] b, int offset, Object... parts) {
        int i = offset;
        for (Object p : parts) {
            byte[] expected = p instanceof String s ? s.getBytes(StandardCharsets.ISO_8859_1)
                    : new byte[] {(byte) (p instanceof Character c ? c.charValue() : ((Integer) p).intValue())};
            for (byte x : expected) {
                if (i >= b.length || b[i] != x) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
