package org.inspect.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The amounts in words of findings: the hand-written yuan format says what the pattern {@code #,##0.##} says. */
class WordingTest {

    private static String pattern(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.001", "-0.005", "0.005", "0.004", "1", "12", "123", "1234", "12345.5",
            "12345.50", "999.995", "999999.999", "1000000", "-1234567.891", "4800", "0.1", "0.01", "-0.01",
            "2.675", "1E+3", "1.5E-3", "99999999999999.99", "123456789012345678.9", "-98765432109876543210.125"})
    void saysWhatThePatternSays(String amount) {
        BigDecimal a = new BigDecimal(amount);
        assertEquals(pattern(a), Wording.yuan(a), amount);
    }

    @Test
    void saysWhatThePatternSaysOfRandomAmounts() {
        Random random = new Random(25);
        for (int i = 0; i < 50_000; i++) {
            BigDecimal a = new BigDecimal(BigInteger.valueOf(random.nextLong() >> random.nextInt(64)),
                    random.nextInt(8) - 2);
            assertEquals(pattern(a), Wording.yuan(a), a.toString());
        }
    }
}
