package org.inspect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void countsChineseAndFullwidthAsTwoColumns() {
        assertEquals(4, DisplayWidth.of("漏保"));
        assertEquals(9, DisplayWidth.of("泰山区 ab"));
        assertEquals(2, DisplayWidth.of("（"));
        assertEquals(3, DisplayWidth.of("abc"));
        assertEquals(0, DisplayWidth.of(null));
    }

    @Test
    void padsToDisplayColumns() {
        assertEquals("漏保  |", DisplayWidth.padRight("漏保", 6) + "|");
        assertEquals("  ab", DisplayWidth.padLeft("ab", 4));
        assertEquals("泰山区", DisplayWidth.padRight("泰山区", 4));
    }
}
