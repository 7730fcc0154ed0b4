package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads back the rectification notices: one per county with open findings, numbered, with deadline and table. */
class NoticeDocumentTest {

    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void writeNotices() {
        files = Fixtures.documents().notices(Fixtures.notices(false), Lang.ZH, dir);
    }

    static String text(Path file) {
        return ReportDocumentTest.squeeze(PdfText.text(file));
    }

    @Test
    void everyCountyWithAnOpenFindingHasANoticeNumberedInTheCitysOrder() {
        List<String> counties = List.of(Fixtures.TAISHAN, Fixtures.DAIYUE, Fixtures.NINGYANG, Fixtures.HIGH_TECH_ZONE);
        Map<String, Long> counts = Fixtures.findings().stream()
                .collect(Collectors.groupingBy(Finding::countyCode, Collectors.counting()));
        assertEquals(counties.size() + 1, files.size(), "one notice per county and the combined file");
        for (int i = 0; i < counties.size(); i++) {
            String t = text(files.get(i));
            String county = counties.get(i);
            assertTrue(files.get(i).getFileName().toString().contains(county));
            assertTrue(t.contains("泰民救整〔2019〕" + (i + 1) + "号"), "number of " + county);
            assertTrue(t.contains(Counties.name(county)), county);
            assertTrue(t.contains("存在以下问题共" + counts.get(county) + "条"), "count of " + county);
            assertTrue(t.contains("于2019年6月15日前全部整改到位"), "deadline in " + county);
        }
    }

    @Test
    void addressesTheCivilAffairsBureauOrTheZonesSocialAffairsBureau() {
        assertTrue(text(files.get(0)).contains("泰山区民政局："));
        assertTrue(text(files.get(3)).contains("泰安高新区社会事业局："));
    }

    @Test
    void listsEachOpenFindingWithItsDetail() {
        String t = text(files.get(1));
        Fixtures.findings().stream().filter(f -> f.countyCode().equals(Fixtures.DAIYUE))
                .forEach(f -> assertTrue(t.contains(f.caseId()), f.caseId()));
        // a detail wraps inside its cell and the extractor interleaves the cells of a row: compare its first words
        Fixtures.findings().stream().filter(f -> f.countyCode().equals(Fixtures.DAIYUE))
                .forEach(f -> assertTrue(t.contains(f.detail().substring(0, 8)), f.detail()));
    }

    @Test
    void carriesIssuingUnitsDateAndSealSpace() {
        String t = text(files.get(0));
        assertTrue(t.contains("泰安市民政局泰安市扶贫开发领导小组办公室（盖章）2019年5月20日"));
    }

    @Test
    void combinedFileHoldsEveryNoticeEachNumberedFromPageOne() {
        Path combined = files.get(files.size() - 1);
        String t = text(combined);
        for (int n = 1; n <= 4; n++) {
            assertTrue(t.contains("泰民救整〔2019〕" + n + "号"));
        }
        long firstPages = PdfText.pages(combined).stream().map(ReportDocumentTest::squeeze)
                .filter(p -> p.contains("第1页共")).count();
        assertEquals(4, firstPages);
    }
}
