package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.DisclosureInput.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a county would sign (issue 23): the right authority under a public list, the county addressed by its
 * kind, dates the Chinese way, and no code of the toolkit (standards items, city-wide rows, command lines) on paper.
 */
class PaperWordingTest {

    @TempDir
    Path dir;

    private static String text(Path pdf) {
        return ReportDocumentTest.squeeze(PdfText.text(pdf));
    }

    private List<Path> lists(String... townships) {
        List<DisclosureInput.Row> rows = new ArrayList<>();
        int k = 0;
        for (String t : townships) {
            rows.add(new DisclosureInput.Row(Fixtures.TAISHAN, t, "前村", Listing.DIBAO, "张秀英",
                    Fixtures.id(Fixtures.TAISHAN, 700 + k++), 2));
        }
        return Fixtures.documents().disclosure(new DisclosureInput(Fixtures.campaign(), LocalDate.of(2019, 3, 15),
                LocalDate.of(2019, 3, 21), "0538-6212345", rows, false), Lang.ZH, dir);
    }

    @Test
    void aPublicListIsSignedByItsTownshipsOwnBodyAndNamesThePlaceByItsKind() {
        Map<String, String[]> expected = Map.of(
                "上高街道", new String[] {"上高街道办事处", "本街道"},
                "省庄镇", new String[] {"省庄镇人民政府", "本镇"},
                "大津口乡", new String[] {"大津口乡人民政府", "本乡"},
                "黄前林场管理区", new String[] {"黄前林场管理区办公室", "本管理区"});
        for (Path file : lists(expected.keySet().toArray(String[]::new))) {
            String name = file.getFileName().toString().replaceAll("^disclosure-\\d+-|\\.pdf$", "");
            String t = text(file);
            assertTrue(t.contains("现将" + expected.get(name)[1] + "低保对象"), name + ": " + t);
            assertTrue(t.contains("向" + expected.get(name)[0] + "反映"), name + ": " + t);
            assertTrue(t.contains(expected.get(name)[0] + "2019年5月20日"), name + " signed by its body: " + t);
            assertFalse(t.contains("本乡镇（街道）"), t);
            if (!name.endsWith("镇") && !name.endsWith("乡")) {
                assertFalse(t.contains(name + "人民政府"), name + " has no people's government of its own");
            }
        }
    }

    private static Finding financialAssets(String county, String household) {
        return Finding.of(Rule.IMPROPER_INCLUSION, null, county, household, "DB" + household.substring(1) + "-1",
                Fixtures.id(county, 901), "存款和有价证券合计 90,000 元，人均 45,000 元，超过 24 个月低保标准（人均 9,600 元，"
                        + "FINANCIAL_ASSET_MONTHS，全市默认“*”行，系统默认 config/standards.csv 第 21 行）；低保标准 4,800 元"
                        + "（全市默认“*”行）；最近一次于 2019-05-14 不予批准。", Map.of());
    }

    @Test
    void aNoticeAddressesTheCountyByItsKindInTheTenseOfARunningCampaignWithChineseDatesAndNoCodes() {
        List<Finding> findings = List.of(financialAssets("370902", "H3709020099"), financialAssets("370921", "H3709210099"),
                financialAssets("370982", "H3709820099"));
        NoticeInput in = new NoticeInput(Fixtures.campaign(), "泰民救整〔2019〕{n}号", 1, LocalDate.of(2019, 6, 15),
                "0538-8221234", findings, Set.of(), false);
        List<Path> files = Fixtures.documents().notices(in, Lang.ZH, dir);
        Map<String, String> you = Map.of("泰山区", "你区", "宁阳县", "你县", "新泰市", "你市");
        for (Path f : files.subList(0, 3)) {
            String county = f.getFileName().toString().replaceAll("^notice-\\d+-|\\.pdf$", "");
            String t = text(f);
            assertTrue(t.contains("起对" + you.get(county) + "开展") && t.contains("发现" + you.get(county) + "存在"),
                    county + ": " + t);
            assertFalse(t.contains("你县（市、区）"), t);
            assertFalse(t.contains("开展了"), "the campaign is still running: " + t);
            assertTrue(t.contains("核查工作仍在进行"), t);
            // the table's cells come out interleaved: the date is asserted in its two lines
            assertTrue(t.contains("最近一次于2019年5月") && t.contains("14日不予批准"), "Chinese date in prose: " + t);
            assertTrue(t.contains("金融资产限额（本市统一标准）"), t);
            assertTrue(t.contains("低保标准4,800元（本市统一标准）"), t);
            for (String code : List.of("2019-05-14", "FINANCIAL_ASSET_MONTHS", "全市默认", "standards.csv")) {
                assertFalse(t.contains(code), code + " on paper: " + t);
            }
        }
        String t = text(files.get(1));
        for (String number : List.of("H3709210099", "DB3709210099-1", "370921********901X")) {
            assertTrue(t.contains(number), number + " whole (the id masked) in the numbers cell: " + t);
        }
    }

    @Test
    void theReportsMethodCitesTheWordListHashedAndNamesPlansAndStandardsInWords() {
        ReportInput f = Fixtures.report(false);
        ReportInput in = new ReportInput(f.campaign(), f.documentNumber(), f.rolls(), f.planName(), f.confidence(),
                f.seedText(), f.seed(), f.verifyCommand(), f.strata(), f.findings(), f.sample(), f.rectification(),
                false, "ab12", null, null);
        String t = text(Fixtures.documents().report(in, Lang.ZH, dir.resolve("r.pdf")));
        assertTrue(t.contains("拒绝和停保理由识别词表（reason-words.txt）的SHA-256值"), t);
        for (String code : List.of("exclusion-criteria", "MARGINAL_FACTOR", "focus-households", "inspect")) {
            assertFalse(t.contains(code), code + " on paper");
        }
    }

    @Test
    void paperWordsTurnStandardsRowsAndDatesIntoWordsAndLeaveTheRestAlone() {
        assertEquals("超过 24 个月低保标准（人均 9,600 元，金融资产限额（本市统一标准））",
                org.inspect.report.internal.PaperWordsProbe.of("超过 24 个月低保标准（人均 9,600 元，FINANCIAL_ASSET_MONTHS，"
                        + "全市默认“*”行，系统默认 config/standards.csv 第 21 行）"));
        assertEquals("超过非金融财产限额 50,000 元（非金融财产限额（泰山区标准））",
                org.inspect.report.internal.PaperWordsProbe.of("超过非金融财产限额 50,000 元（NON_FINANCIAL_ASSET_LIMIT，"
                        + "370902 泰山区行，数据文件 standards.csv 第 5 行）"));
        assertEquals("2019年3月1日至2019年12月31日，案件 DB3709020001-1",
                org.inspect.report.internal.PaperWordsProbe.of("2019-03-01至2019-12-31，案件 DB3709020001-1"));
    }
}
