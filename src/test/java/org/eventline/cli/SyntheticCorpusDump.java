package org.eventline.cli;

import org.eventline.extract.Extractor;
import org.eventline.extract.Lexicon;

import java.nio.file.Path;

/**
 * Writes the pages of the bench's synthetic corpus into a folder, so that extraction can be compared
 * byte for byte before and after a change on exactly the articles the bench times:
 * {@code SyntheticCorpusDump DIR [ARTICLES [SEED]]} (defaults 2000 and 1, as {@code bench}).
 */
public final class SyntheticCorpusDump {

    private SyntheticCorpusDump() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SyntheticCorpusDump DIR [ARTICLES [SEED]]");
            System.exit(2);
        }
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Lexicon lexicon = Lexicon.bundled();
        new SyntheticCorpus(lexicon, Extractor.create(lexicon).gazetteer(), seed).write(Path.of(args[0]), articles);
    }
}
