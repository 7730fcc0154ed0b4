package org.inspect.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.inspect.model.Standard;
import org.inspect.model.Standards;
import org.junit.jupiter.api.Test;

/** A value the data folder gives for an item outranks every shipped value of that item. */
class StandardsPrecedenceTest {

    private static Standard s(String county, String item, String value) {
        return new Standard(county, item, new BigDecimal(value));
    }

    private static final StandardsTable SHIPPED = new StandardsTable(List.of(s("*", "CASH_TEA", "30"),
            s("370902", "CASH_TEA", "45"), s("*", "DIBAO_STANDARD", "4800"), s("370902", "DIBAO_STANDARD", "5400")));

    private static BigDecimal value(Standards st, String county, String item) {
        return st.find(county, item).orElseThrow().value();
    }

    @Test
    void aCityWideValueOfTheFolderOutranksAShippedCountyRowOfTheSameItem() {
        Standards st = SHIPPED.overriddenBy(List.of(s("*", "CASH_TEA", "38"))).standards();
        assertEquals(new BigDecimal("38"), value(st, "370902", "CASH_TEA"));
        assertEquals(new BigDecimal("38"), value(st, "370911", "CASH_TEA"));
    }

    @Test
    void shippedValuesStillFillTheItemsTheFolderDoesNotGive() {
        Standards st = SHIPPED.overriddenBy(List.of(s("370911", "CASH_TEA", "40"))).standards();
        assertEquals(new BigDecimal("5400"), value(st, "370902", "DIBAO_STANDARD"));
        assertEquals(new BigDecimal("4800"), value(st, "370911", "DIBAO_STANDARD"));
        assertEquals(new BigDecimal("40"), value(st, "370911", "CASH_TEA"));
    }
}
