package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.timeline.Exporter;
import org.eventline.timeline.Filter;
import org.eventline.timeline.History;
import org.eventline.timeline.Timeline;
import org.eventline.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a timeline of claims and events from the graph, in date order with their sources.",
                "With --history ACTOR: that actor's claims only, each marked where its stance changed."})
final class ExportCommand implements Callable<Integer> {

    enum Format { json, csv, markdown, timelinejs, html, text }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "json, csv, markdown, timelinejs, html or text.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor's claims and events; any name in any "
            + "script (Zelensky, 澤倫斯基, 泽连斯基) or a key (Q3874799). Repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--history", paramLabel = "ACTOR", description = "Position history of one actor (any name, as "
            + "--actor): its claims in date order, marking where its stance on the same matter changed.")
    String history;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Claim or event types, e.g. SECURITY_GUARANTEE,TERRITORIAL_POSITION,MEETING.")
    List<String> types = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "STANCE", split = ",",
            description = "Stances: OFFER, DEMAND, PROPOSE, ACCEPT, REJECT, CONDITION, STATE (claims only).")
    List<String> stances = new ArrayList<>();

    @Option(names = "--territory", paramLabel = "PLACE", description = "Only entries about this place (any name). "
            + "Repeatable.")
    List<String> territories = new ArrayList<>();

    @Mixin
    PeriodOptions period;

    @Option(names = "--article", paramLabel = "ID", description = "Only what this article (URL or path) reports.")
    String article;

    @Mixin
    LexiconOptions lexicon;

    @Mixin
    GraphOptions graphOptions;

    @Override
    public Integer call() throws IOException {
        Filter filter = filter();
        List<TimelineEntry> read;
        try (Graph graph = Graph.open(graphOptions.target())) {
            read = Timeline.read(graph, filter);
        }
        List<TimelineEntry> entries = history != null ? History.mark(read) : read;
        Exporter exporter = Exporter.valueOf(format.name().toUpperCase(Locale.ROOT));
        Output.write(output, w -> exporter.export(entries, w));
        if (output != null) {
            Main.log("wrote " + entries.size() + " entries to " + output);
        }
        return Main.OK;
    }

    Filter filter() {
        if (history != null && !actors.isEmpty()) {
            throw new UsageException("--history names the one actor; leave out --actor");
        }
        List<String> who = history != null ? List.of(history) : actors;
        Set<String> actorKeys = new LinkedHashSet<>();
        Set<String> territoryKeys = new LinkedHashSet<>();
        if (!who.isEmpty() || !territories.isEmpty()) {
            Names names = new Names(lexicon.lexicon());
            actorKeys.addAll(names.keys(who));
            territoryKeys.addAll(names.keys(territories));
        }
        return new Filter(actorKeys, new LinkedHashSet<>(who), upper(types), upper(stances), territoryKeys,
                new LinkedHashSet<>(territories), period.first(), period.last(),
                articleId(article), history == null);
    }

    /** An existing file is named by its absolute path in the graph, as the loader stores it. */
    private static String articleId(String article) {
        if (article == null || article.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return article;
        }
        Path p = Path.of(article);
        return Files.exists(p) ? p.toAbsolutePath().normalize().toString() : article;
    }

    static Set<String> upper(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.strip().toUpperCase(Locale.ROOT)));
        return out;
    }
}
