package org.eventline.extract.cue;

import org.eventline.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClausesTest {

    private static List<String> split(String text, String verbsAfterEnumeration) {
        return Clauses.split(text, new Span(0, text.length()), i -> text.startsWith(verbsAfterEnumeration, i))
                .stream().map(s -> s.of(text)).toList();
    }

    @Test
    void commasAndColonsEndClausesButNotInsideShortQuotesOrBrackets() {
        assertEquals(List.of("美方官員今天表示", "將以北約條約第5條「集體防禦: 共同防衛」為基礎"),
                split("美方官員今天表示，將以北約條約第5條「集體防禦: 共同防衛」為基礎", "x"));
        assertEquals(List.of("「我們願意討論停火", "但不會撤出頓巴斯。」"), split("「我們願意討論停火，但不會撤出頓巴斯。」", "x"),
                "quoted speech is split like any text");
        assertEquals(List.of("頓巴斯（Donbas,含兩州）地區讓給俄國"), split("頓巴斯（Donbas,含兩州）地區讓給俄國", "x"));
    }

    @Test
    void anEnumerationCommaBeforeAVerbSeparatesCommitments() {
        assertEquals(List.of("歐洲承諾協助重建軍隊", "確保領空安全"), split("歐洲承諾協助重建軍隊、確保領空安全", "確保"));
        assertEquals(List.of("包括監控、驗證與降溫機制"), split("包括監控、驗證與降溫機制", "確保"));
    }

    @Test
    void headlinePartsAndDatelinesAreClauses() {
        assertEquals(List.of("美歐願給安全保障", "烏克蘭仍拒割地"), split("美歐願給安全保障 烏克蘭仍拒割地", "x"));
        assertEquals(List.of("MOSCOW", "March 3", "Russia has ruled it out"), split("MOSCOW, March 3 - Russia has ruled it out", "x"));
        assertEquals(List.of("It cost 1,000 euros"), split("It cost 1,000 euros", "x"));
    }
}
