package org.inspect.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inspect.error.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-03", "2019-3", "复查_第二轮", "march-drive_2", "A1"})
    void acceptsAMonthOrAPlainName(String label) {
        assertEquals(label, Labels.check(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x/../../../tmp/pwn", "..", "a.b", "/tmp/x", "a b", "a\\b", "-rf", "",
            "abcdefghijklmnopqrstuvwxyz0123456789"})
    void refusesALabelThatIsNotAPlainName(String label) {
        BadInputException e = assertThrows(BadInputException.class, () -> Labels.check(label));
        assertEquals("label.invalid", e.messageKey());
    }
}
