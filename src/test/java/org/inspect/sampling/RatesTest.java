package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.inspect.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.95", "95%", " 95 % ", "95％", "0.950", "95.0%"})
    void readsFractionsAndPercentagesAsTheSameRate(String text) {
        assertEquals(0, new BigDecimal("0.95").compareTo(Rates.parse(text, "confidence")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "150%  | out of range",
            "-1%   | out of range",
            "95    | did you mean 95%?",
            "abc   | is not a rate",
            "1.5   | out of range"})
    void refusesTextThatIsNotARateBetweenZeroAndOne(String text, String message) {
        BadInputException e = assertThrows(BadInputException.class, () -> Rates.parse(text, "confidence"));
        assertTrue(e.getMessage().startsWith("confidence '" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void refusesAMissingRate() {
        assertThrows(BadInputException.class, () -> Rates.parse(" ", "tolerable"));
    }

    @Test
    void writesRatesAsPercentages() {
        assertEquals("95%", Rates.percent(new BigDecimal("0.95")));
        assertEquals("0.5%", Rates.percent(new BigDecimal("0.005")));
        assertEquals("0%", Rates.percent(BigDecimal.ZERO));
    }
}
