package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.extract.Lexicon;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options of the extract stage shared by commands that extract. */
final class ExtractorOptions {

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Folder with your own lexicon files (actors.tsv, places.tsv, claims.tsv, …) added to the "
                    + "bundled ones; repeatable (also $EVENTLINE_LEXICON, a list like $PATH).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads for reading and extraction "
            + "(default: number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    Extractor extractor() {
        return Extractor.create(Lexicon.load(folders()));
    }

    List<Path> folders() {
        return LexiconOptions.folders(lexicons);
    }

    int threads() {
        return Math.max(1, jobs);
    }
}
