package org.inspect.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An 18-character resident identity number (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and verifies an identity number; a lower-case {@code x} is accepted and normalised.
     *
     * @throws Invalid with the reason (and an English message saying what was expected)
     */
    public static IdNumber parse(String text) {
        String v = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.length() != 18) {
            throw new Invalid("length", "expected 18 characters, found " + v.length(), v.length());
        }
        for (int i = 0; i < 17; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw new Invalid("digit", "expected a digit at position " + (i + 1), i + 1);
            }
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new Invalid("birthDate", "birth date " + v.substring(6, 14) + " is not a real date", v.substring(6, 14));
        }
        char expected = checkCharacter(v.substring(0, 17));
        if (v.charAt(17) != expected) {
            throw new Invalid("check", "check character should be " + expected + ", found " + v.charAt(17), expected,
                    v.charAt(17));
        }
        return new IdNumber(v, birth);
    }

    /** Parses, returning empty instead of throwing. */
    public static Optional<IdNumber> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six-digit area code of registration. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Why a text is not an identity number: a reason code (length, digit, birthDate, check) and its values. */
    public static final class Invalid extends IllegalArgumentException {
        private final String reason;
        private final transient Object[] args;

        Invalid(String reason, String message, Object... args) {
            super(message);
            this.reason = reason;
            this.args = args.clone();
        }

        public String reason() {
            return reason;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
