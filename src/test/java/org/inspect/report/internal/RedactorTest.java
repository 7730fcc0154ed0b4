package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor masked = new Redactor(false, List.of("张秀英", "王五"));

    @Test
    void masksIdNumbersAndKnownNamesInsideFreeText() {
        assertEquals("户主张*英（身份证号 370902********123X）与王*同住",
                masked.text("户主张秀英（身份证号 37090219500101123X）与王五同住"));
    }

    @Test
    void leavesOtherLongNumbersAlone() {
        assertEquals("案件 C3709020000123456789 金额 12345", masked.text("案件 C3709020000123456789 金额 12345"));
    }

    @Test
    void fullDataPassesEverythingThrough() {
        Redactor full = new Redactor(true, List.of("张秀英"));
        assertEquals("张秀英 37090219500101123X", full.text("张秀英 37090219500101123X"));
        assertEquals("张秀英", full.name("张秀英"));
    }
}
