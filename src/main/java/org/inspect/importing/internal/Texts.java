package org.inspect.importing.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import's messages (row errors, reasons of rejected rows, header warnings) in the locale's language, from the
 * bundle {@code org.inspect.cli.importing}; arguments are values and names, printed as they are.
 */
public final class Texts {

    static final String BUNDLE = "org.inspect.cli.importing";

    private Texts() {
    }

    /** The message {@code key} with {@code args} (each printed with {@code toString}, never grouped). */
    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] == null ? "" : args[i].toString();
        }
        return new MessageFormat(pattern, Locale.ROOT).format(plain);
    }
}
