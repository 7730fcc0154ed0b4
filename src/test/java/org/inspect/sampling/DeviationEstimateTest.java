package org.inspect.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.inspect.error.BadInputException;
import org.junit.jupiter.api.Test;

class DeviationEstimateTest {

    private static final BigDecimal NINETY_FIVE = new BigDecimal("0.95");

    @Test
    void estimatesOneWrongCaseInAHundredAsAtMostFourPointSevenPercent() {
        DeviationEstimate e = DeviationEstimate.of("county=370902;outcome=APPROVED", 100, 1, NINETY_FIVE);
        assertEquals(0.01, e.rate(), 1e-12);
        assertEquals(0.0466, e.upperBound(), 0.00005);
    }

    @Test
    void poolsStrataIntoTheCity() {
        DeviationEstimate city = DeviationEstimate.pooled("泰安市", List.of(
                DeviationEstimate.of("a", 59, 0, NINETY_FIVE), DeviationEstimate.of("b", 41, 1, NINETY_FIVE)),
                NINETY_FIVE);
        assertEquals(100, city.sampled());
        assertEquals(1, city.deviations());
        assertEquals(SampleSize.upperBound(100, 1, NINETY_FIVE), city.upperBound());
    }

    @Test
    void refusesAnEmptySample() {
        assertThrows(BadInputException.class, () -> DeviationEstimate.of("empty", 0, 0, NINETY_FIVE));
    }
}
