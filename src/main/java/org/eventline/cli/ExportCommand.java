package org.eventline.cli;

import org.eventline.extract.Lexicon;
import org.eventline.extract.entity.Entry;
import org.eventline.extract.entity.Gazetteer;
import org.eventline.graph.Graph;
import org.eventline.timeline.Exporter;
import org.eventline.timeline.Filter;
import org.eventline.timeline.Timeline;
import org.eventline.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a timeline of claims and events from the graph, in date order with their sources.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, csv, markdown, timelinejs, text }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "json, csv, markdown, timelinejs or text.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor's claims and events; any name in any "
            + "script (Zelensky, 澤倫斯基, 泽连斯基) or a key (Q3874799). Repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Claim or event types, e.g. SECURITY_GUARANTEE,TERRITORIAL_POSITION,MEETING.")
    List<String> types = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "STANCE", split = ",",
            description = "Stances: OFFER, DEMAND, PROPOSE, ACCEPT, REJECT, CONDITION, STATE (claims only).")
    List<String> stances = new ArrayList<>();

    @Option(names = "--territory", paramLabel = "PLACE", description = "Only claims about this place (any name). Repeatable.")
    List<String> territories = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Entries on or after this date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Entries on or before this date (YYYY-MM-DD).")
    String to;

    @Option(names = "--article", paramLabel = "ID", description = "Only what this article (URL or path) reports.")
    String article;

    @Mixin
    GraphOptions graphOptions;

    @Override
    public Integer call() throws IOException {
        Filter filter = filter();
        try (Graph graph = Graph.open(graphOptions.target())) {
            List<TimelineEntry> entries = Timeline.read(graph, filter);
            write(entries);
            if (output != null) {
                Main.log("wrote " + entries.size() + " entries to " + output);
            }
        }
        return Main.OK;
    }

    private void write(List<TimelineEntry> entries) throws IOException {
        Exporter exporter = Exporter.valueOf(format.name().toUpperCase(Locale.ROOT));
        if (output == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            exporter.export(entries, w);
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            exporter.export(entries, w);
        }
    }

    Filter filter() {
        Set<String> actorKeys = new LinkedHashSet<>();
        Set<String> territoryKeys = new LinkedHashSet<>();
        if (!actors.isEmpty() || !territories.isEmpty()) {
            // Any name the gazetteer knows, in any script, selects the actor's key.
            Gazetteer gazetteer = Gazetteer.from(Lexicon.bundled());
            actors.forEach(a -> actorKeys.addAll(keys(gazetteer, a)));
            territories.forEach(t -> territoryKeys.addAll(keys(gazetteer, t)));
        }
        Set<String> upperTypes = upper(types);
        Set<String> upperStances = upper(stances);
        return new Filter(actorKeys, new LinkedHashSet<>(actors), upperTypes, upperStances, territoryKeys,
                new LinkedHashSet<>(territories), Dates.parse("--from", from), Dates.parse("--to", to), article, true);
    }

    private static Set<String> keys(Gazetteer gazetteer, String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (gazetteer.get(name) != null) {
            keys.add(name);
        }
        gazetteer.match(org.eventline.text.Scripts.toSimplified(name), name).stream()
                .filter(m -> m.start() == 0 && m.end() == name.length())
                .map(m -> m.entry().key()).forEach(keys::add);
        for (Entry e : gazetteer.entries()) {
            if (e.name().equalsIgnoreCase(name)) {
                keys.add(e.key());
            }
        }
        return keys;
    }

    private static Set<String> upper(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.strip().toUpperCase(Locale.ROOT)));
        return out;
    }
}
