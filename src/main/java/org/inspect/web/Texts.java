package org.inspect.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.inspect.error.Field;
import org.inspect.rectification.Action;

/**
 * The pages' words in the reader's language: Chinese unless the browser prefers English. The web's own bundle
 * first, then the messages the services' refusals name (accounts, rectification).
 */
final class Texts {

    private static final String[] BUNDLES = {"org.inspect.web.web", "org.inspect.cli.account",
        "org.inspect.cli.rectify", "org.inspect.cli.words", "org.inspect.cli.messages"};
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
    }

    /** Chinese, unless the first language of {@code acceptLanguage} is English. */
    static Texts forHeader(String acceptLanguage) {
        String first = acceptLanguage == null ? "" : acceptLanguage.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return new Texts(first.startsWith("en") ? Locale.ENGLISH : Locale.CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args}; the key itself when no bundle has it. */
    public String t(String key, Object... args) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(name, locale.getLanguage().equals("zh") ? locale
                        : Locale.ROOT, NO_FALLBACK);
                if (b.containsKey(key)) {
                    String p = b.getString(key);
                    if (args.length == 0) {
                        return p;
                    }
                    Object[] plain = args.clone();
                    for (int i = 0; i < plain.length; i++) {
                        plain[i] = worded(plain[i]);
                    }
                    return new MessageFormat(p, locale).format(plain);
                }
            } catch (MissingResourceException e) {
                // a bundle without this language
            }
        }
        return key;
    }

    /**
     * An argument as a page says it: ids and counts as typed; what a service names in its own terms as the page's
     * words for it (a rectification action as the decision a reader takes, a field of the input as its form's label).
     */
    private Object worded(Object arg) {
        if (arg instanceof Long || arg instanceof Integer) {
            return arg.toString();
        }
        if (arg instanceof Action a) {
            return t("web.decision." + a.name());
        }
        if (arg instanceof Action[] actions) {
            return actions.length == 0 ? t("web.decision.none")
                    : String.join(t("web.listSeparator"), Arrays.stream(actions).map(this::worded).map(String::valueOf)
                            .toList());
        }
        if (arg instanceof Field f) {
            return t("web.field." + f.name());
        }
        return arg;
    }
}
