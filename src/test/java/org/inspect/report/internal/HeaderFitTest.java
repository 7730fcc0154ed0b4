package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderFitTest {

    @Test
    void widensANarrowColumnUntilItsHeaderFitsOnOneLine() {
        // 100 pt of table at 10 pt: "序号" needs 2 em (≈ 21.6 pt) + padding, 5 % gives it 5 pt
        float[] w = HeaderFit.widths(new String[] {"序号", "说明"}, new float[] {5, 95}, 10, 100);
        float needed = HeaderFit.minWidth("序号", 10);
        assertTrue(w[0] / 100f * 100 >= needed - 0.01f, "序号 column " + w[0]);
        assertEquals(100f, w[0] + w[1], 0.01f);
    }

    @Test
    void aSlashIsWhereALongHeaderMayBreak() {
        assertEquals(HeaderFit.minWidth("案件编号", 10), HeaderFit.minWidth("家庭编号/案件编号", 10), 0.001f);
    }

    @Test
    void leavesColumnsThatFitAsTheyAre() {
        assertArrayEquals(new float[] {50, 50}, HeaderFit.widths(new String[] {"a", "b"}, new float[] {1, 1}, 10, 400),
                0.01f);
    }
}
