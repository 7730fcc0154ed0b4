package org.inspect.cli;

import java.util.Locale;
import java.util.function.Function;
import org.inspect.error.BadInputException;
import org.inspect.export.HeaderLanguage;

/** What the CLI's exports share: the {@code --headers zh|en} choice and the words of codes in that language. */
final class Exports {

    private Exports() {
    }

    /** The header language asked by {@code --headers}, else the locale's. */
    static HeaderLanguage headers(String option) {
        try {
            return HeaderLanguage.parse(option);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--headers " + option).localized("export.badHeaders", option);
        }
    }

    /** The words of codes in the export's language. */
    static Function<Enum<?>, String> words(HeaderLanguage lang) {
        Locale locale = lang == HeaderLanguage.ZH ? Locale.CHINESE : Locale.ROOT;
        return e -> Messages.word(e, locale);
    }
}
