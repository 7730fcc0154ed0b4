package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field checklist prints, for each case, what the desk check found about its household, or that it found nothing. */
class ChecklistDeskCheckTest {

    @TempDir
    Path dir;

    private static Finding improperInclusion() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("案件", "DB3709020007-1，低保，批准，2018-11-20");
        evidence.put("家庭人均收入", "18,000 元（家庭净收入 36,000 元 ÷ 2 人）");
        evidence.put("低保标准", "4,800 元（DIBAO_STANDARD，370902 泰山区行）");
        return Finding.of(Rule.IMPROPER_INCLUSION, null, Fixtures.TAISHAN, "H0007", "DB3709020007-1", null,
                "低保案件 DB3709020007-1 已批准，但家庭人均收入 18,000 元，不低于本县低保标准 4,800 元，不符合低保条件。", evidence);
    }

    private static ChecklistInput.Item item(String caseId, String household, ChecklistInput.DeskCheck desk) {
        return new ChecklistInput.Item(caseId, household, Fixtures.TAISHAN, "省庄镇", "东羊楼村", "东羊楼村 3 号", "张伟",
                "370902195001011234", 2, "DIBAO", "APPROVED", LocalDate.of(2018, 11, 20), new BigDecimal("400"),
                List.of("马晓东（I01）"), null, null, desk);
    }

    private List<String> pages(Lang lang) {
        ChecklistInput in = new ChecklistInput(null, 4, "default", "38216", LocalDate.of(2019, 4, 2),
                List.of(new ChecklistInput.Sheet("I01", "马晓东", "岱岳区民政局", List.of(
                        item("DB3709020007-1", "H0007", new ChecklistInput.DeskCheck(3, List.of(improperInclusion()))),
                        item("DB3709020008-1", "H0008", new ChecklistInput.DeskCheck(3, List.of()))))),
                false);
        Path file = Fixtures.documents().checklists(in, lang, dir).get(0);
        return PdfText.pages(file).stream().map(p -> p.replaceAll("\\s+", "")).toList();
    }

    @Test
    void eachCasePagePrintsTheDeskFindingsOrThatThereWereNone() {
        List<String> pages = pages(Lang.ZH);
        String first = pages.stream().filter(p -> p.contains("案件编号DB3709020007-1")).findFirst().orElseThrow();
        assertTrue(first.contains("案头核查发现的问题（检查批次3）"), first);
        assertTrue(first.contains("错保"), first);
        // a table's cells come out beside each other: the sentence is asserted in its lines
        assertTrue(first.contains("低保案件DB3709020007-1已批准，但家庭人均收入18,000元，不"), first);
        assertTrue(first.contains("低于本县低保标准4,800元，不符合低保条件。"), first);
        assertFalse(first.contains("案头核查未发现问题"), first);
        String second = pages.stream().filter(p -> p.contains("案件编号DB3709020008-1")).findFirst().orElseThrow();
        assertTrue(second.contains("案头核查未发现问题。"), second);
    }

    @Test
    void theEnglishEditionSaysSoInEnglish() {
        List<String> pages = pages(Lang.EN);
        assertEquals(1, pages.stream().filter(p -> p.contains("Thedeskcheckfoundnoproblem.")).count(), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.contains("isnotbelowthecounty'sdibao")),
                pages.toString());
    }
}
