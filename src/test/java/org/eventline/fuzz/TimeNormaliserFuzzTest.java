package org.eventline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventline.extract.Lexicon;
import org.eventline.extract.time.TimeFinder;
import org.eventline.model.Timex;
import org.eventline.text.AnalyzedText;
import org.eventline.text.Language;

import java.time.LocalDate;
import java.util.List;

/** The time finder and normaliser on any text, against any publication date or none. */
class TimeNormaliserFuzzTest {

    private static final TimeFinder FINDER = new TimeFinder(Lexicon.bundled());

    @FuzzTest(maxDuration = "10m")
    void timeNormaliser(FuzzedDataProvider data) {
        LocalDate anchor = data.consumeBoolean() ? null
                : LocalDate.of(data.consumeInt(1900, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28));
        String text = data.consumeRemainingAsString();
        String language = Language.detect(text);
        AnalyzedText analyzed = AnalyzedText.of(text, language);
        List<Timex> times = FINDER.find(analyzed.text(), analyzed.normalized(), language, anchor, List.of());
        for (Timex t : times) {
            Invariants.times(analyzed.text(), t);
        }
    }
}
