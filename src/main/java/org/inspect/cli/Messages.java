package org.inspect.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** CLI messages in the system locale (Chinese on a Chinese system, English otherwise). */
final class Messages {

    /** The bundles searched in order: the shared one, then one per feature (each feature owns its file). */
    private static final String[] BUNDLES = {"org.inspect.cli.messages", "org.inspect.cli.sampling",
        "org.inspect.cli.compare", "org.inspect.cli.report", "org.inspect.cli.focus", "org.inspect.cli.words",
        "org.inspect.cli.lang", "org.inspect.cli.importing", "org.inspect.cli.bench", "org.inspect.cli.trust",
        "org.inspect.cli.rectify", "org.inspect.cli.criteria", "org.inspect.cli.database",
        "org.inspect.cli.account"};

    private Messages() {
    }

    private static String pattern(String key) {
        return pattern(key, Locale.getDefault());
    }

    private static String pattern(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(name, locale);
                if (b.containsKey(key)) {
                    return b.getString(key);
                }
            } catch (MissingResourceException e) {
                // a feature without messages yet
            }
        }
        return null;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat}; the key itself if missing. */
    public static String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            // ids and counts print as typed, without grouping separators
            if (plain[i] instanceof Long || plain[i] instanceof Integer) {
                plain[i] = plain[i].toString();
            }
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(plain);
    }

    /** The word a reader sees for a code ({@code word.Rule.MISSED_DIBAO}: 漏保 / missed dibao); the code if none. */
    public static String word(Enum<?> code) {
        return word(code, Locale.getDefault());
    }

    /** The word for a status or scope code ({@code status}, {@code COMPLETED}: 已完成 / completed); the code if none. */
    public static String status(String code) {
        if (code == null) {
            return "";
        }
        String pattern = pattern("word.status." + code);
        return pattern == null ? code : pattern;
    }

    /** The word for a code in the language of {@code locale}. */
    public static String word(Enum<?> code, Locale locale) {
        String key = "word." + code.getDeclaringClass().getSimpleName() + "." + code.name();
        String pattern = pattern(key, locale);
        return pattern == null ? code.name() : pattern;
    }

    /**
     * A finding's stored sentence as the terminal prints it: under a Chinese locale with the standards in words and
     * Chinese dates, as the documents print it (issue 23); else as stored.
     */
    static String sentence(String stored) {
        return "zh".equals(Locale.getDefault().getLanguage()) ? org.inspect.rules.PaperWords.of(stored) : stored;
    }

}
