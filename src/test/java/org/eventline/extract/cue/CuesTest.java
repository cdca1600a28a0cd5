package org.eventline.extract.cue;

import org.eventline.extract.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {

    private static Cues cues(String... lines) {
        List<Lexicon.Row> rows = Arrays.stream(lines)
                .map(l -> new Lexicon.Row("test", Arrays.asList(l.split("\t", -1)))).toList();
        return new Cues(rows);
    }

    private static List<String> found(Cues c, String text) {
        String lower = Cues.lower(org.eventline.text.Scripts.toSimplified(text));
        return c.find(lower).all().stream().map(h -> h.label() + ":" + text.substring(h.start(), h.end())).toList();
    }

    @Test
    void traditionalCuesMatchSimplifiedTextAndBack() {
        Cues c = cues("REJECT\t拒絕");
        assertEquals(List.of("REJECT:拒绝"), found(c, "乌方拒绝割让领土"));
        assertEquals(List.of("REJECT:拒絕"), found(c, "烏方拒絕割讓領土"));
    }

    @Test
    void aStarInsideACueIsRefusedRatherThanNeverMatching() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cues("DEMAND\tcall* for"));
        assertTrue(e.getMessage().startsWith("test: * may only end"), e.getMessage());
        assertEquals(List.of("DEMAND:called for"), found(cues("DEMAND\tcall*…for"), "Kyiv called for talks"));
    }

    @Test
    void latinCuesMatchWholeWordsAndPrefixes() {
        Cues c = cues("REJECT\trefus*", "NEGATION\tno");
        assertEquals(List.of("REJECT:refusing"), found(c, "Kyiv refusing to cede land"));
        assertEquals(List.of(), found(c, "nothing notable"), "no inside other words");
        assertEquals(List.of("NEGATION:No"), found(c, "No deal."));
    }

    @Test
    void gappedCuesStayInsideTheClause() {
        Cues c = cues("SG\tprovid*…security");
        assertEquals(List.of("SG:provided the necessary security"), found(c, "if the US provided the necessary security"));
        assertEquals(List.of(), found(c, "it provided funds, and security was discussed"));
    }

    @Test
    void blockersHideShorterCuesButNotLongerOnes() {
        Cues c = cues("NEGATION\t不", "REJECT\t不同意", "-\t不同", "-\t不僅");
        assertEquals(List.of(), found(c, "雙方不僅存在不同看法"));
        assertTrue(found(c, "俄方不同意").contains("REJECT:不同意"));
    }

    @Test
    void cuesOfDifferentLabelsMayOverlap() {
        Cues c = cues("REJECT\t不會派", "NEGATION\t不會");
        assertEquals(List.of("REJECT:不會派", "NEGATION:不會"), found(c, "美國不會派兵"));
    }
}
