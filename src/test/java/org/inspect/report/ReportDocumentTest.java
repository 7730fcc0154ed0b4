package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads back the text of the inspection report and checks its figures against the input findings and strata. */
class ReportDocumentTest {

    @TempDir
    static Path dir;
    static Path report;
    static List<String> pages;
    static String text;

    @BeforeAll
    static void writeReport() {
        report = Fixtures.documents().report(Fixtures.report(false), Lang.ZH, dir.resolve("report.pdf"));
        pages = PdfText.pages(report).stream().map(ReportDocumentTest::squeeze).toList();
        text = String.join("\n", pages);
    }

    /** Extracted text without blanks: iText puts spaces and line ends where the layout wrapped. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    @Test
    void coverCarriesTitleCampaignPeriodUnitDateAndNumber() {
        String cover = pages.get(0);
        assertTrue(cover.startsWith("专项行动抽查报告泰民救查〔2019〕3号"), "the 文号 right under the title: " + cover);
        for (String s : List.of("专项行动抽查报告", "社会救助兜底保障“回头看”专项行动", "2019年3月1日至2019年6月30日",
                "泰安市民政局、泰安市扶贫开发领导小组办公室", "2019年5月20日", "泰民救查〔2019〕3号")) {
            assertTrue(cover.contains(s), "cover lacks " + s);
        }
    }

    @Test
    void findingsPerCountyMatchTheInput() {
        Map<String, Long> byCounty = Fixtures.findings().stream()
                .collect(Collectors.groupingBy(Finding::countyCode, Collectors.counting()));
        byCounty.forEach((county, n) -> assertTrue(text.contains(Counties.name(county) + "：共" + n + "条"),
                county + " should have " + n + " findings"));
        assertTrue(text.contains("比对与核查共发现问题" + Fixtures.findings().size() + "条，涉及" + byCounty.size() + "个县"));
    }

    @Test
    void findingsPerCountyAndRuleMatchTheInputAndCiteTheClause() {
        Map<String, Map<Rule, Long>> groups = Fixtures.findings().stream().collect(Collectors.groupingBy(
                Finding::countyCode, Collectors.groupingBy(Finding::rule, Collectors.counting())));
        groups.forEach((county, rules) -> rules.forEach((rule, n) -> assertTrue(
                text.contains(rule.chinese() + "（" + n + "条，依据第" + rule.clause() + "项"), county + " " + rule)));
    }

    @Test
    void everyFindingPrintsItsEvidenceSentence() {
        assertTrue(text.contains("家庭人均月收入905元，超过当地低保标准560元。"));
        assertTrue(text.contains("拒绝理由为“儿子有小轿车”，属违规设置的排除条件。"));
    }

    @Test
    void cityRateAndUpperBoundAreThoseOfTheStrata() {
        int n = Fixtures.strata().stream().mapToInt(ReportInput.Stratum::sampleSize).sum();
        int k = Fixtures.strata().stream().mapToInt(ReportInput.Stratum::deviations).sum();
        String rate = String.format("%.1f%%", 100.0 * k / n);
        String upper = String.format("%.1f%%", 100 * org.inspect.sampling.SampleSize.reportedUpperBound(n, k, java.math.BigDecimal.valueOf(0.95)));
        assertTrue(text.contains("抽取样本" + n + "件，其中" + k + "件发现问题，样本偏差率为" + rate), rate);
        assertTrue(text.contains("在95.0%置信水平下，全市偏差率上限为" + upper), upper);
    }

    @Test
    void methodGivesSeedTextSeedAndHashesAndSaysHowToRecomputeInWordsNotACommand() {
        assertTrue(text.contains("2019-04-01体彩排列五开奖号码38216"));
        assertTrue(text.contains("7311029457813211"));
        assertTrue(text.contains("任何人均可复算上表各层的抽样框哈希和样本"), text);
        assertFalse(text.contains("inspect"), "no command line on paper");
        Fixtures.strata().forEach(s -> assertTrue(text.contains(s.frameHash()), s.key()));
    }

    @Test
    void embedsFourChartsWhenRectificationIsGiven() {
        assertEquals(4, PdfText.images(report));
    }

    @Test
    void leavesOutTheRectificationChartWhenNoStatusIsGiven() {
        ReportInput full = Fixtures.report(false);
        ReportInput without = new ReportInput(full.campaign(), full.documentNumber(), full.rolls(), full.planName(),
                full.confidence(), full.seedText(), full.seed(), full.verifyCommand(), full.strata(), full.findings(),
                full.sample(), Map.of(), false);
        Path file = Fixtures.documents().report(without, Lang.ZH, dir.resolve("no-rectification.pdf"));
        assertEquals(3, PdfText.images(file));
    }

    @Test
    void everyPageButTheCoverCarriesItsNumberAndTheRunningHeader() {
        assertFalse(pages.get(0).contains("页共"), "the cover is not paginated");
        assertFalse(pages.get(0).contains("专项行动泰民救查"), "the cover has no running header");
        int numbered = pages.size() - 1;
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("第" + i + "页共" + numbered + "页"), "page " + i);
            assertTrue(pages.get(i).contains("社会救助兜底保障“回头看”专项行动泰民救查〔2019〕3号"), "header " + i);
        }
    }

    @Test
    void bodyEndsWithIssuingUnitsSealAndDateBeforeTheAppendix() {
        int seal = text.indexOf("（盖章）");
        assertTrue(seal > 0, "no seal space");
        String tail = text.substring(Math.max(0, seal - 80), Math.min(text.length(), seal + 40));
        assertTrue(tail.contains("泰安市民政局泰安市扶贫开发领导小组办公室（盖章）2019年5月20日"), tail);
        for (String c : Fixtures.sample().stream().map(x -> x.caseId()).toList()) {
            assertTrue(text.indexOf(c, seal) > seal, "the appendix follows the signature: " + c);
        }
    }

    @Test
    void appendixListsEverySampledCaseWithItsInspectors() {
        Fixtures.sample().forEach(c -> assertTrue(text.contains(c.caseId()), c.caseId()));
        assertTrue(text.contains("马晓东、郭静"));
    }

    @Test
    void englishEditionIsWordedInEnglish() {
        Path en = Fixtures.documents().report(Fixtures.report(false), Lang.EN, dir.resolve("report-en.pdf"));
        String t = PdfText.text(en);
        assertTrue(t.contains("Special Action Inspection Report"));
        assertTrue(t.contains("Page 1 of"));
        assertTrue(t.contains("Missed dibao coverage"));
    }
}
