package org.inspect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void derivesBirthDateSexAndAge() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
        assertEquals(69, id.ageOn(LocalDate.of(2019, 3, 1)));
    }

    @Test
    void acceptsLowerCaseCheckCharacter() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x").value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "110105194912310021 | check character should be X, found 1",
        "1101051949123100   | expected 18 characters, found 16",
        "11010519490229002X | birth date 19490229 is not a real date",
        "1101A519491231002X | expected a digit at position 5",
    })
    void rejectsMalformedNumbers(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdNumber.parse(text));
        assertEquals(message, e.getMessage(), "message for " + text);
    }

    @Test
    void masksIdentityNumbersAndNames() {
        assertEquals("370902********1234", Masking.idNumber("370902199001011234"));
        assertEquals("张*英", Masking.name("张秀英"));
        assertEquals("李*", Masking.name("李四"));
    }
}
