package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.timeline.Disagreement;
import org.eventline.timeline.DisagreementExporter;
import org.eventline.timeline.Disagreements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "disagreements", mixinStandardHelpOptions = true,
        description = {"List pairs of actors holding opposing stances on the same territory or guarantee, with dates "
                + "and evidence.",
                "Opposing: same claim type, different holders; one OFFERs, PROPOSEs, DEMANDs or ACCEPTs (not negated), "
                        + "the other REJECTs or negates one of those; CONDITION and STATE take no side. Same thing: "
                        + "both claims concern a common place, or, when neither names a place, benefit a common actor."})
final class DisagreementsCommand implements Callable<Integer> {

    enum Format { text, json, csv, markdown }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv or markdown (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--type", paramLabel = "TYPE", description = "One claim type, e.g. TERRITORIAL_POSITION.")
    String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only pairs with this actor on either side (any name, "
            + "any script). Repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--territory", paramLabel = "PLACE", description = "Only disagreements about this place (any "
            + "name). Repeatable.")
    List<String> territories = new ArrayList<>();

    @Mixin
    PeriodOptions period;

    @Mixin
    LexiconOptions lexicon;

    @Mixin
    GraphOptions graphOptions;

    @Override
    public Integer call() throws IOException {
        Set<String> who = new LinkedHashSet<>(actors);
        Set<String> where = new LinkedHashSet<>(territories);
        if (!actors.isEmpty() || !territories.isEmpty()) {
            Names names = new Names(lexicon.lexicon());
            who.addAll(names.keys(actors));
            where.addAll(names.keys(territories));
        }
        String t = type == null ? null : type.strip().toUpperCase(Locale.ROOT);
        List<Disagreement> found;
        try (Graph graph = Graph.open(graphOptions.target())) {
            found = Disagreements.find(graph, t, who, period.first(), period.last());
        }
        if (!where.isEmpty()) {
            found = found.stream().filter(d -> about(d, where)).toList();
        }
        List<Disagreement> list = found;
        DisagreementExporter exporter = DisagreementExporter.valueOf(format.name().toUpperCase(Locale.ROOT));
        Output.write(output, w -> exporter.export(list, w));
        Main.log(list.size() + (list.size() == 1 ? " disagreement" : " disagreements")
                + (output != null ? " written to " + output : ""));
        return Main.OK;
    }

    /** A disagreement is about a place when one of the places both claims concern has that key or name. */
    private static boolean about(Disagreement d, Set<String> where) {
        Set<String> lower = new LinkedHashSet<>();
        where.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        return d.support().places().stream().filter(p -> d.opposition().places().contains(p))
                .anyMatch(p -> where.contains(p.key()) || lower.contains(p.name().toLowerCase(Locale.ROOT)));
    }
}
