package org.inspect.report.internal;

/** Opens the package-private {@link PaperWords} to the document tests of {@code org.inspect.report}. */
public final class PaperWordsProbe {

    private PaperWordsProbe() {
    }

    public static String of(String sentence) {
        return PaperWords.of(sentence);
    }
}
