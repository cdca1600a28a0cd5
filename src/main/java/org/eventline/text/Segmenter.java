package org.eventline.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * Chinese word segmentation with HanLP, used sparingly: it costs far more than dictionary look-ups, so
 * callers hand it short windows (the few characters after a title) rather than whole articles.
 */
public final class Segmenter {

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enableTranslatedNameRecognize(true).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false).enableNumberQuantifierRecognize(true));

    private Segmenter() {
    }

    /** The words of a Simplified text. */
    public static List<Term> segment(String simplified) {
        return SEGMENT.get().seg(simplified);
    }

    /**
     * The length of the person's name a Simplified window starts with, as HanLP's name recogniser reads
     * it (王毅和…, 斯图布表示…), or 0 when it does not start with one.
     */
    public static int personAt(String simplifiedWindow) {
        List<Term> terms = segment(simplifiedWindow);
        if (terms.isEmpty()) {
            return 0;
        }
        Term first = terms.get(0);
        String nature = first.nature == null ? "" : first.nature.toString();
        return nature.startsWith("nr") ? first.word.length() : 0;
    }

    /** Hanyu Pinyin of a Chinese personal name, surname first: 田明如 → Tian Mingru. */
    public static String romanize(String name) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(Scripts.toSimplified(name));
        StringBuilder surname = new StringBuilder();
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            String p = syllables.get(i).getPinyinWithoutTone();
            if (p == null || p.equals("none")) {
                return name;
            }
            p = p.replace("v", "ü");
            (i == 0 ? surname : given).append(p);
        }
        return capitalise(surname.toString()) + (given.length() > 0 ? " " + capitalise(given.toString()) : "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
