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
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
