package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English notices and lists print (every placeholder of the English templates is known) in English. */
class EnglishEditionTest {

    @TempDir
    Path dir;

    @Test
    void noticesAreWordedInEnglish() {
        List<Path> files = Fixtures.documents().notices(Fixtures.notices(false), Lang.EN, dir);
        String t = PdfText.text(files.get(0)).replaceAll("\\s+", " ");
        assertTrue(t.contains("Rectification Notice"), t);
        assertTrue(t.contains("To: 泰山区 Civil Affairs Bureau"), t);
        assertTrue(t.contains("15 June 2019"), t);
        assertTrue(t.contains("Page 1 of"), t);
    }

    /** A missed-dibao finding as the check stores it: the Chinese sentence and the evidence behind it. */
    private static Finding missedDibao() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("家庭人均收入", "2,450 元（家庭净收入 4,900 元 ÷ 2 人）");
        evidence.put("低保标准", "4,800 元（DIBAO_STANDARD，370902 泰山区行）");
        evidence.put("收入1", "养老金 4,900 元");
        evidence.put("家庭财产", "符合规定");
        evidence.put("最近不予批准或停保案件", "DB3709020001-1，低保，不予批准，2018-12-03，理由：“儿子有车”");
        return Finding.of(Rule.MISSED_DIBAO, null, Fixtures.TAISHAN, "H3709020001", "DB3709020001-1", null,
                "家庭人均收入 2,450 元，低于本县低保标准 4,800 元，家庭财产符合规定；该户未纳入低保或特困供养，最近一次于 2018-12-03 "
                        + "不予批准低保（案件 DB3709020001-1）。", evidence);
    }

    @Test
    void theEnglishNoticesFindingSentenceIsEnglishAndTheChineseOneUnchanged() {
        NoticeInput in = new NoticeInput(Fixtures.campaign(), "泰民救整〔2019〕{n}号", 1, LocalDate.of(2019, 6, 15),
                "0538-8221234", List.of(missedDibao()), Set.of(), false);
        String en = PdfText.text(Fixtures.documents().notices(in, Lang.EN, dir).get(0)).replaceAll("\\s+", " ");
        // the table's cells come out line by line beside each other: the sentence is asserted a line at a time
        for (String line : List.of("Per-capita household income 2,450 yuan is below the",
                "property is within the limits, and the household has",
                "neither dibao nor tekun; it was last rejected on 2018-12-03")) {
            assertTrue(en.contains(line), line + " in " + en);
        }
        assertFalse(en.contains("家庭人均收入"), en);
        String zh = PdfText.text(Fixtures.documents().notices(in, Lang.ZH, dir).get(0)).replaceAll("\\s+", "");
        assertTrue(zh.contains("家庭人均收入2,450元，低于本县低保标准4,800元"), zh);
    }

    @Test
    void disclosureListsAreWordedInEnglish() {
        List<Path> files = Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.EN, dir);
        String t = PdfText.text(files.get(0)).replaceAll("\\s+", " ");
        assertTrue(t.contains("Dibao recipients (6 households, 15 people)"), t);
        assertTrue(t.contains("20 May 2019 to 26 May 2019"), t);
    }
}
