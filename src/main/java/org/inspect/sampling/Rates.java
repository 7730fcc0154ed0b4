package org.inspect.sampling;

import java.math.BigDecimal;

import org.inspect.error.BadInputException;

/** Reads a rate written as a fraction ({@code 0.95}) or a percentage ({@code 95%}, {@code 95 ％}) exactly. */
public final class Rates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    /**
     * The rate as an exact fraction between 0 and 1 inclusive; {@code what} names the value in the error
     * message (e.g. {@code "confidence"}).
     *
     * @throws BadInputException when the text is not a number or lies outside 0–1 (0 %–100 %)
     */
    public static BigDecimal parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(what + " is missing: write a fraction such as 0.95 or a percentage such as 95%");
        }
        String t = text.strip();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        String number = percent ? t.substring(0, t.length() - 1).strip() : t;
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new BadInputException(what + " '" + text + "' is not a rate: write a fraction such as 0.95"
                    + " or a percentage such as 95%");
        }
        if (percent) {
            value = value.divide(HUNDRED);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            String hint = !percent && value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(HUNDRED) <= 0
                    ? " (did you mean " + t + "%?)" : "";
            throw new BadInputException(what + " '" + text + "' is out of range: a rate lies between 0 and 1"
                    + " (0 % and 100 %)" + hint);
        }
        return value.stripTrailingZeros();
    }

    /** The rate as a percentage for messages: {@code 0.95} → {@code "95%"}. */
    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
