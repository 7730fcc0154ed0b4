package org.inspect.importing;

import java.util.regex.Pattern;
import org.inspect.error.BadInputException;

/**
 * Snapshot labels: a month ({@code 2019-03}) or a plain name of letters (Chinese included), digits, {@code -} and
 * {@code _}, at most {@value #MAX_LENGTH} characters (the column's width). A label names files (the rejects file),
 * so nothing else is accepted: no dot, no separator, no space.
 */
public final class Labels {

    /** The width of {@code snapshot.label}. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*");

    private Labels() {
    }

    /** {@code label} if it is a month or a plain name, else a {@link BadInputException} saying what is allowed. */
    public static String check(String label) {
        if (label == null || label.length() > MAX_LENGTH || !PLAIN.matcher(label).matches()) {
            String shown = label == null ? "" : label.length() > 40 ? label.substring(0, 40) + "…" : label;
            throw new BadInputException("invalid snapshot label '" + shown + "': a month such as 2019-03 or a plain "
                    + "name of letters, digits, - and _, at most " + MAX_LENGTH + " characters")
                    .localized("label.invalid", shown, MAX_LENGTH);
        }
        return label;
    }
}
