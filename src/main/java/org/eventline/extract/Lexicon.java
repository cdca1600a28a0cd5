package org.eventline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linguistic knowledge of the extractor, kept as tab-separated data files: the bundled ones under
 * {@code org/eventline/extract/data/} and, after them, files of the same name in folders the user names
 * ({@code --lexicon DIR} or {@code EVENTLINE_LEXICON}). Lines starting with # are comments.
 */
public final class Lexicon {

    /** One data line: where it came from (for error messages) and its tab-separated columns. */
    public record Row(String origin, List<String> columns) {

        public String column(int i) {
            return i < columns.size() ? columns.get(i).strip() : "";
        }
    }

    static final List<String> FILES = List.of("actors.tsv", "places.tsv", "countries.tsv", "claims.tsv",
            "stances.tsv", "events.tsv", "attribution.tsv", "names.tsv", "times.tsv", "markers.tsv", "members.tsv",
            "venues.tsv", "determiners.tsv");

    private final Map<String, List<Row>> rows;
    private final String fingerprint;

    private Lexicon(Map<String, List<Row>> rows, String fingerprint) {
        this.rows = rows;
        this.fingerprint = fingerprint;
    }

    public static Lexicon bundled() {
        return load(List.of());
    }

    public static Lexicon load(List<Path> userFolders) {
        MessageDigest digest = sha256();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (String file : FILES) {
            List<Row> list = new ArrayList<>();
            try (InputStream in = Lexicon.class.getResourceAsStream("data/" + file)) {
                if (in != null) {
                    byte[] bytes = in.readAllBytes();
                    digest.update(bytes);
                    parse("bundled " + file, bytes, list);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + file, e);
            }
            for (Path folder : userFolders) {
                Path p = folder.resolve(file);
                if (Files.isRegularFile(p)) {
                    try {
                        byte[] bytes = Files.readAllBytes(p);
                        digest.update(bytes);
                        parse(p.toString(), bytes, list);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + p, e);
                    }
                }
            }
            rows.put(file, List.copyOf(list));
        }
        return new Lexicon(rows, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    private static void parse(String origin, byte[] bytes, List<Row> out) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(new Row(origin + ":" + n, Arrays.asList(line.split("\t", -1))));
            }
        }
    }

    public List<Row> rows(String file) {
        List<Row> r = rows.get(file);
        if (r == null) {
            throw new IllegalArgumentException("no lexicon file " + file);
        }
        return r;
    }

    /** Changes whenever any data file changes: stored with ingested articles to know when to re-extract. */
    public String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
