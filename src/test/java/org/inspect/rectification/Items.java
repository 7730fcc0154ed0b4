package org.inspect.rectification;

import org.inspect.testing.TestContexts;
import java.time.LocalDate;
import java.util.List;

/** Small builders of rectification items for the tests (no notice or check run needed). */
final class Items {

    static final LocalDate ISSUED_ON = LocalDate.of(2019, 3, 20);
    static final LocalDate DEADLINE = LocalDate.of(2019, 4, 19);

    private Items() {
    }

    /** A missed-dibao problem of household {@code household} in county {@code county}, item {@code no}. */
    static Rectification.NewItem missedDibao(String county, String household, int no) {
        return new Rectification.NewItem("MISSED_DIBAO||" + household + "||", 100 + no, 1, "泰民救整〔2019〕1号", no,
                county, "MISSED_DIBAO", household, null, null, "家庭人均收入 2,450 元，低于本县低保标准 4,800 元（张三英）",
                "家庭人均收入 2,450 元，低于本县低保标准 4,800 元（张*英）", ISSUED_ON, DEADLINE);
    }

    /** Opens one item and returns it. */
    static Item one(Rectification r, String household) {
        return r.as(TestContexts.named("市督查组")).open(List.of(missedDibao("370902", household, 1))).get(0);
    }
}
