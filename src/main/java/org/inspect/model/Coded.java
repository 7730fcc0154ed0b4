package org.inspect.model;

import java.util.Optional;

/** A coded value of the interchange format: an English code and the Chinese word that may stand for it. */
public interface Coded {

    /** The English code, as written in the format (e.g. {@code APPROVED}). */
    String code();

    /** The Chinese word accepted in place of the code (e.g. {@code 批准}). */
    String chinese();

    /**
     * Finds the constant whose code (ignoring case) or Chinese word equals {@code text}, trimmed.
     */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(t) || e.chinese().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The accepted spellings of a coded type, for error messages: {@code HEAD/户主, SPOUSE/配偶, ...}. */
    static <E extends Enum<E> & Coded> String spellings(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.code()).append('/').append(e.chinese());
        }
        return sb.toString();
    }
}
