package org.inspect.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** CLI messages in the system locale (Chinese on a Chinese system, English otherwise). */
public final class Messages {

    private static final String BUNDLE = "org.inspect.cli.messages";

    private Messages() {
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The message for {@code key}, formatted with {@link MessageFormat}; the key itself if missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
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
}
