package org.eventline.cli;

import com.hankcs.hanlp.HanLP;
import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.extract.entity.Kind;
import org.eventline.text.Scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reproducible synthetic news corpus for benchmarks and tests: HTML pages in Traditional Chinese,
 * Simplified Chinese and English, of news length, built from the sentence templates bundled with the
 * bench and from the lexicon (names in the article's script, cue words), with a skewed choice of actors
 * so that a few recur in most articles as in real coverage. Article {@code i} depends only on the seed
 * and {@code i}: any slice can be generated alone, in any order, on any thread.
 */
final class SyntheticCorpus {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 1);
    private static final int DAYS = 90;
    private static final String HOST = "https://bench.eventline.invalid/";

    /** One generated article: its file name and page. */
    record Page(String name, String language, String html) {
    }

    private enum Script { HANT, HANS, EN }

    private final long seed;
    private final Map<Script, Pools> pools = new EnumMap<>(Script.class);
    private final Map<String, List<String[]>> templates = new HashMap<>();

    SyntheticCorpus(Lexicon lexicon, Gazetteer gazetteer, long seed) {
        this.seed = seed;
        List<Entry> entries = new ArrayList<>(gazetteer.entries());
        entries.sort(Comparator.comparing(Entry::key));
        // A fixed shuffle decides which entries are the frequent ones.
        Collections.shuffle(entries, new Random(seed));
        for (Script s : Script.values()) {
            pools.put(s, new Pools(s, entries, lexicon));
        }
        for (String line : resource("bench-sentences.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            templates.computeIfAbsent(cols[0] + "/" + cols[1], k -> new ArrayList<>()).add(new String[] {
                    cols[2], HanLP.convertToTraditionalChinese(cols[2])});
        }
    }

    /** Writes articles {@code 0..n-1} into {@code dir}; their paths in order. */
    List<Path> write(Path dir, int n) {
        List<Path> paths = new ArrayList<>(n);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < n; i++) {
                Page p = page(i);
                Path file = dir.resolve(p.name());
                Files.writeString(file, p.html(), StandardCharsets.UTF_8);
                paths.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + dir, e);
        }
        return paths;
    }

    Page page(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int pick = r.nextInt(10);
        Script script = pick < 4 ? Script.HANT : pick < 7 ? Script.HANS : Script.EN;
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        boolean zh = script != Script.EN;
        // Lengths of news texts: Chinese 600-2,400 characters, English 2,000-6,000.
        int target = zh ? 600 + r.nextInt(1800) : 2000 + r.nextInt(4000);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int length = 0;
        String title = null;
        while (length < target) {
            String kind = r.nextInt(100) < 30 ? "fact" : "filler";
            String sentence = sentence(script, kind, published, r);
            if (title == null && kind.equals("fact")) {
                title = sentence.length() > 40 ? sentence.substring(0, 40) : sentence;
            }
            paragraph.append(paragraph.isEmpty() || zh ? "" : " ").append(sentence);
            length += sentence.length();
            if (r.nextInt(3) == 0) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        String language = switch (script) {
            case HANT -> "zh-Hant";
            case HANS -> "zh-Hans";
            case EN -> "en";
        };
        String name = String.format("article-%06d.html", i);
        String url = HOST + language.toLowerCase(Locale.ROOT) + "/" + String.format("%06d", i);
        StringBuilder html = new StringBuilder(length * 2 + 600);
        html.append("<!doctype html>\n<html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title == null ? name : title)).append("</title>\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("T08:00:00+08:00\">\n")
                .append("<meta property=\"og:site_name\" content=\"Synthetic Daily\">\n")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n</head><body>\n<article>\n<h1>")
                .append(escape(title == null ? name : title)).append("</h1>\n");
        for (String p : paragraphs) {
            html.append("<p>").append(escape(p)).append("</p>\n");
        }
        html.append("</article>\n</body></html>\n");
        return new Page(name, language, html.toString());
    }

    private String sentence(Script script, String kind, LocalDate published, Random r) {
        List<String[]> options = templates.get((script == Script.EN ? "en" : "zh") + "/" + kind);
        String template = options.get(r.nextInt(options.size()))[script == Script.HANT ? 1 : 0];
        Pools p = pools.get(script);
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fill = switch (m.group(1)) {
                case "actor" -> p.actors.pick(r);
                case "country" -> p.countries.pick(r);
                case "media" -> p.media.pick(r);
                case "place" -> p.places.pick(r);
                case "claim" -> p.cues("SECURITY_GUARANTEE", r);
                case "territory-claim" -> p.cues("TERRITORIAL_POSITION", r);
                case "stance" -> p.stances.pick(r);
                case "say" -> p.attributions.pick(r);
                case "event" -> p.events.pick(r);
                case "date" -> date(script, published, r);
                case "n" -> Integer.toString(2 + r.nextInt(9));
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(fill));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A date expression relative to the publication date, at day, week or month precision, or none. */
    private static String date(Script script, LocalDate published, Random r) {
        LocalDate d = published.minusDays(r.nextInt(8));
        int kind = r.nextInt(10);
        if (script == Script.EN) {
            return switch (kind) {
                case 0, 1, 2 -> "on " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 3, 4 -> "on " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
                case 5 -> "last week";
                case 6 -> "in " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                default -> "";
            };
        }
        String text = switch (kind) {
            case 0, 1, 2 -> d.getDayOfMonth() + "日";
            case 3, 4 -> d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case 5 -> "上周";
            case 6 -> d.getMonthValue() + "月";
            case 7 -> "今天";
            default -> "";
        };
        return script == Script.HANT ? HanLP.convertToTraditionalChinese(text) : text;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What one script offers to fill the slots: names and cues written in it. */
    private static final class Pools {

        final Weighted actors;
        final Weighted countries;
        final Weighted media;
        final Weighted places;
        final Weighted stances;
        final Weighted attributions;
        final Weighted events;
        final Map<String, Weighted> claims = new HashMap<>();

        Pools(Script script, List<Entry> entries, Lexicon lexicon) {
            Predicate<String> fits = fits(script);
            actors = names(entries, e -> e.kind().isActor() && e.kind() != Kind.MEDIA, fits);
            countries = names(entries, e -> e.kind() == Kind.COUNTRY || e.kind() == Kind.GROUP, fits);
            media = names(entries, e -> e.kind() == Kind.MEDIA, fits);
            places = names(entries, e -> e.kind() == Kind.PLACE, fits);
            stances = cues(lexicon, "stances.tsv", type -> !type.equals("NEGATION") && !type.equals("CONDITION"), fits);
            attributions = cues(lexicon, "attribution.tsv", type -> type.equals("AFTER"), fits);
            events = cues(lexicon, "events.tsv", type -> true, fits);
            for (Lexicon.Row row : lexicon.rows("claims.tsv")) {
                String type = row.column(0);
                claims.computeIfAbsent(type, t -> cues(lexicon, "claims.tsv", t::equals, fits));
            }
        }

        String cues(String type, Random r) {
            Weighted w = claims.get(type);
            return w == null ? "" : w.pick(r);
        }

        /** Every alias of the matching entries in the script, an entry's weight falling with its rank. */
        private static Weighted names(List<Entry> entries, Predicate<Entry> kind, Predicate<String> fits) {
            Weighted w = new Weighted();
            int rank = 0;
            for (Entry e : entries) {
                if (!kind.test(e)) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                if (fits.test(e.name())) {
                    names.add(e.name());
                }
                for (String a : e.aliases()) {
                    if (!a.startsWith("~") && fits.test(a) && !names.contains(a)) {
                        names.add(a);
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                rank++;
                // Zipf-like: the first entries of the shuffled gazetteer dominate the coverage.
                double weight = 1.0 / rank;
                for (String n : names) {
                    w.add(n, weight / names.size());
                }
            }
            return w;
        }

        private static Weighted cues(Lexicon lexicon, String file, Predicate<String> type, Predicate<String> fits) {
            Weighted w = new Weighted();
            for (Lexicon.Row row : lexicon.rows(file)) {
                String cue = row.column(1);
                if (type.test(row.column(0)) && !cue.isEmpty() && !cue.contains("*") && fits.test(cue)) {
                    w.add(cue, 1);
                }
            }
            return w;
        }

        private static Predicate<String> fits(Script script) {
            return switch (script) {
                case EN -> s -> !s.isEmpty() && s.chars().allMatch(c -> c < 0x250);
                case HANS -> s -> isChinese(s) && Scripts.toSimplified(s).equals(s);
                case HANT -> s -> isChinese(s) && HanLP.convertToTraditionalChinese(s).equals(s);
            };
        }

        private static boolean isChinese(String s) {
            return !s.isEmpty() && s.chars().anyMatch(c -> Scripts.isHan((char) c));
        }
    }

    /** Strings with weights, picked at random in proportion. */
    private static final class Weighted {
        private final List<String> items = new ArrayList<>();
        private final List<Double> cumulative = new ArrayList<>();
        private double total;

        void add(String item, double weight) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }

        String pick(Random r) {
            if (items.isEmpty()) {
                return "";
            }
            double x = r.nextDouble() * total;
            int i = Collections.binarySearch(cumulative, x);
            return items.get(Math.min(items.size() - 1, i < 0 ? -i - 1 : i));
        }
    }

    private static String resource(String name) {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream("/org/eventline/cli/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
