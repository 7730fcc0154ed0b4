package org.inspect.report.internal;

/** {@link org.inspect.rules.PaperWords} for the document tests of {@code org.inspect.report}. */
public final class PaperWordsProbe {

    private PaperWordsProbe() {
    }

    public static String of(String sentence) {
        return org.inspect.rules.PaperWords.of(sentence);
    }
}
