package org.eventline.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Escaping and links shared by the export formats. */
final class Markup {

    private Markup() {
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A source's address as a link target: web addresses as they are, an absolute path as a file URL; null
     * for anything else (a bundled sample, a script URL), which is shown but not linked.
     */
    static String href(Source s) {
        String u = s.url();
        if (u == null) {
            return null;
        }
        if (u.startsWith("http://") || u.startsWith("https://")) {
            return u;
        }
        if (u.startsWith("/")) {
            return java.nio.file.Path.of(u).toUri().toString();
        }
        return null;
    }

    /** "Title, site, 2025-12-15, https://…": everything known about a source on one line. */
    static String sourceLabel(Source s) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {s.title(), s.site(), s.published(), s.url()}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.length() > 0 ? ", " : "").append(part);
            }
        }
        return sb.toString();
    }

    /** One CSV record (RFC 4180, CRLF); cells a spreadsheet would run as formulas are quoted with a leading '. */
    static String csvRow(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            sb.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        return sb.append("\r\n").toString();
    }

    /** Text for a Markdown line: no line breaks, and characters that would start markup escaped. */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\s*\\R\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
    }

    /** The head of a JSON export: its format name and version, which scripts can check. */
    static ObjectNode jsonDocument(String format) {
        return Json.MAPPER.createObjectNode().put("format", format).put("version", 1);
    }

    static void writeJson(ObjectNode document, Writer out) throws IOException {
        out.write(Json.pretty(document));
        out.write('\n');
    }

    /** The head of a CSV export: a byte-order mark, so that spreadsheets read Chinese correctly, and the header row. */
    static void writeCsvHeader(Writer out, List<String> columns) throws IOException {
        out.write('\uFEFF');
        out.write(csvRow(columns));
    }

    interface Body {
        void write() throws IOException;
    }

    /** Writes and flushes, turning I/O failures into unchecked ones. */
    static void export(Writer out, Body body) {
        try {
            body.write();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
