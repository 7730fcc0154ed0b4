package org.inspect.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.inspect.error.Field;
import org.inspect.rectification.Action;

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
            plain[i] = worded(plain[i]);
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(plain);
    }

    /**
     * An argument as the command line says it: ids and counts as typed, without grouping separators; what a service
     * names in its own terms (a rectification action, a field of its input) as the command or option a user types.
     */
    private static Object worded(Object arg) {
        if (arg instanceof Long || arg instanceof Integer) {
            return arg.toString();
        }
        if (arg instanceof Action a) {
            return RectifyCommand.command(a);
        }
        if (arg instanceof Action[] actions) {
            return actions.length == 0 ? "-"
                    : String.join(", ", java.util.Arrays.stream(actions).map(RectifyCommand::command).toList());
        }
        if (arg instanceof Field f) {
            return option(f);
        }
        return arg;
    }

    /** The option that gives a service's input field: {@code --note}, {@code --reason}; the account by {@code --user}. */
    static String option(Field field) {
        return Field.ACCOUNT.equals(field) ? "--user" : "--" + field.name();
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
