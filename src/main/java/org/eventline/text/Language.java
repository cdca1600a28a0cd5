package org.eventline.text;

/** Language of an article: English, Traditional or Simplified Chinese. */
public final class Language {

    public static final String ENGLISH = "en";
    public static final String TRADITIONAL = "zh-Hant";
    public static final String SIMPLIFIED = "zh-Hans";

    private Language() {
    }

    public static boolean isChinese(String language) {
        return language != null && language.startsWith("zh");
    }

    /**
     * Decides by script: mostly Han characters is Chinese; Traditional when enough of them change on
     * conversion to Simplified (a Simplified text changes almost none).
     */
    public static String detect(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        if (Scripts.hanShare(sample) < 0.3) {
            return ENGLISH;
        }
        String simplified = Scripts.toSimplified(sample);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Scripts.isHan(c)) {
                han++;
                if (simplified.charAt(i) != c) {
                    changed++;
                }
            }
        }
        return han > 0 && changed * 100 >= han * 3 ? TRADITIONAL : SIMPLIFIED;
    }
}
