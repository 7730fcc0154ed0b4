package org.inspect.store;

import jakarta.persistence.Column;
import org.inspect.error.BadInputException;
import org.inspect.error.Field;

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
     * Returns {@code value}, or refuses it (exit 3) with the field it was given as, the limit and its length when it
     * is longer than {@code limit} characters (UTF-16 units, which both databases' VARCHAR lengths bound from above).
     */
    public static String check(Field field, String value, int limit) {
        return check((Object) field, value, limit);
    }

    /** As {@link #check(Field, String, int)}, for a text that is not a field a person typed ({@code what}: item 7). */
    public static String check(String what, String value, int limit) {
        return check((Object) what, value, limit);
    }

    private static String check(Object what, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new BadInputException(what + " is too long: " + value.length() + " characters, at most " + limit)
                    .localized("input.tooLong", what, limit, value.length());
        }
        return value;
    }
}
