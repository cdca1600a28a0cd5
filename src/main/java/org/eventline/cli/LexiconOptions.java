package org.eventline.cli;

import org.eventline.extract.Lexicon;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The user's lexicon folders, for commands that resolve names but do not extract. */
final class LexiconOptions {

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Folder with your own lexicon files (actors.tsv, places.tsv, …) whose names --actor and "
                    + "--territory also resolve; repeatable (also $EVENTLINE_LEXICON, a list like $PATH).")
    List<Path> lexicons = new ArrayList<>();

    Lexicon lexicon() {
        return Lexicon.load(folders(lexicons));
    }

    /** $EVENTLINE_LEXICON's folders, then the given ones; each must exist. */
    static List<Path> folders(List<Path> given) {
        List<Path> all = new ArrayList<>();
        String env = System.getenv("EVENTLINE_LEXICON");
        if (env != null && !env.isBlank()) {
            for (String p : env.split(File.pathSeparator)) {
                if (!p.isBlank()) {
                    all.add(Path.of(p));
                }
            }
        }
        all.addAll(given);
        for (Path p : all) {
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("lexicon folder " + p + " does not exist");
            }
        }
        return all;
    }
}
