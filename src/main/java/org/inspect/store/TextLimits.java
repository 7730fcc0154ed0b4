package org.inspect.store;

import jakarta.persistence.Column;
import org.inspect.error.BadInputException;

/**
 * The limits of free text a person types (a note, a reason, a name, an evidence file's name), checked by the
 * services before anything is written. Each limit is the length of the column that keeps the text, read from the
 * entity's {@code @Column}, which Hibernate validates against the schema's migrations when the database opens: the
 * schema is the one place a limit is stated, and a longer text is refused with words instead of failing in the
 * database half-way.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** The length of the column that keeps {@code field} of {@code entity}. */
    public static int of(Class<?> entity, String field) {
        try {
            Column c = entity.getDeclaredField(field).getAnnotation(Column.class);
            if (c == null) {
                throw new IllegalStateException(entity.getSimpleName() + "." + field + " is not a column");
            }
            return c.length();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + field, e);
        }
    }

    /**
     * Returns {@code value}, or refuses it (exit 3) with the option's name, the limit and its length when it is
     * longer than {@code limit} characters (UTF-16 units, which both databases' VARCHAR lengths bound from above).
     */
    public static String check(String option, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new BadInputException(option + " is too long: " + value.length() + " characters, at most " + limit)
                    .localized("input.tooLong", option, limit, value.length());
        }
        return value;
    }
}
