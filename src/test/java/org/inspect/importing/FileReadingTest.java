package org.inspect.importing;

import static org.inspect.importing.Fixtures.HEAD_A;
import static org.inspect.importing.Fixtures.lines;
import static org.inspect.importing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Member;
import org.inspect.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encodings, header spellings, xlsx sheets and the accepted spellings of Y/N and dates. */
class FileReadingTest {

    @TempDir
    Path dir;

    private static final String CHINESE_SHUFFLED = "劳动能力, 姓名 ,户编号,与户主关系,身份证号,籍贯";
    private static final String CHINESE_ROW = "无,张建国,H1,户主," + HEAD_A + ",山东泰安";

    private void assertHeadOfH1(Path file) {
        List<ParsedRow> rows = ColumnRulesTest.readAll(file, RollFile.MEMBERS);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).valid(), () -> rows.get(0).errors().toString());
        Member m = rows.get(0).as(Member.class);
        assertEquals("张建国", m.name());
        assertEquals(Relation.HEAD, m.relation());
        assertEquals("H1", m.householdId());
    }

    @Test
    void readsGbkFileWithChineseHeadersInAnyOrder() {
        Path file = write(dir, "members.csv", lines(CHINESE_SHUFFLED, CHINESE_ROW), java.nio.charset.Charset.forName("GBK"));
        assertHeadOfH1(file);
    }

    @Test
    void readsUtf8FileWithByteOrderMark() {
        assertHeadOfH1(Fixtures.writeWithBom(dir, "members.csv", lines(CHINESE_SHUFFLED, CHINESE_ROW)));
    }

    @Test
    void warnsOfUnknownColumnsWithoutPrinting() {
        Path file = write(dir, "members.csv", lines(CHINESE_SHUFFLED, CHINESE_ROW));
        try (RowSource source = RowSources.open(file, RollFile.MEMBERS, Fixtures.REFERENCE)) {
            assertEquals(List.of("members.csv:1:6: unknown column '籍贯' ignored"), source.warnings());
        }
    }

    @Test
    void reportsMissingRequiredColumnOnceForTheFile() {
        Path file = write(dir, "members.csv", lines("household_id,id_number,name,relation", "H1," + HEAD_A + ",张三,HEAD"));
        try (RowSource source = RowSources.open(file, RollFile.MEMBERS, Fixtures.REFERENCE)) {
            assertEquals(null, source.next());
            assertEquals(List.of("members.csv:0:0: missing required column labour_capacity [劳动能力] in the header row"),
                    source.fileErrors().stream().map(RowError::format).toList());
        }
    }

    @Test
    void countsPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() {
        Path file = write(dir, "households.csv", lines(Fixtures.HOUSEHOLDS_HEADER,
                "H1,370902,省庄镇,,\"" + HEAD_A + "\",\"泰山区\n省庄镇\"", "", "H2,370902,,,"+ HEAD_A + ","));
        List<ParsedRow> rows = ColumnRulesTest.readAll(file, RollFile.HOUSEHOLDS);
        assertEquals(List.of(2L, 5L), rows.stream().map(ParsedRow::line).toList());
        assertEquals("households.csv:5:3: township '': expected a value (required column)",
                rows.get(1).errors().get(0).format());
    }

    @Test
    void readsXlsxSheetWithNumericAndDateCells() throws Exception {
        Path file = dir.resolve("cases.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("案件");
            String[] header = {"案件编号", "户编号", "救助类型", "申请人身份证号", "申请日期", "审批结果", "审批日期", "月保障金"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(20190001);
            r.createCell(1).setCellValue("H1");
            r.createCell(2).setCellValue("低保");
            r.createCell(3).setCellValue(HEAD_A);
            r.createCell(4).setCellValue(LocalDate.of(2018, 11, 5));
            r.getCell(4).setCellStyle(dateStyle);
            r.createCell(5).setCellValue("批准");
            r.createCell(6).setCellValue("2018/12/1");
            r.createCell(7).setCellValue(415.5);
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("C2");
            wb.write(out);
        }
        List<ParsedRow> rows = ColumnRulesTest.readAll(file, RollFile.CASES);
        AssistanceCase c = rows.get(0).as(AssistanceCase.class);
        assertEquals("20190001", c.caseId());
        assertEquals(LocalDate.of(2018, 11, 5), c.applicationDate());
        assertEquals(LocalDate.of(2018, 12, 1), c.decisionDate());
        assertEquals(new BigDecimal("415.5"), c.monthlyBenefitYuan());
        assertEquals(4L, rows.get(1).line(), "sheet row number of the second data row");
        assertEquals("cases.xlsx:4:B (户编号): '': expected a value (required column)", rows.get(1).errors().get(0).format());
    }

    @ParameterizedTest
    @CsvSource({"Y,true", "y,true", "是,true", "1,true", "true,true", "TRUE,true",
        "N,false", "n,false", "否,false", "0,false", "false,false", "False,false"})
    void acceptsEverySpellingOfYesAndNo(String spelling, boolean expected) {
        Path file = write(dir, "members.csv", lines(Fixtures.MEMBERS_HEADER,
                "H1," + HEAD_A + ",张三,HEAD,,,FULL," + spelling + ",N"));
        Member m = ColumnRulesTest.readAll(file, RollFile.MEMBERS).get(0).as(Member.class);
        assertEquals(expected, m.seriousIllness());
    }

    @ParameterizedTest
    @CsvSource({"2019-02-28", "2019/2/28", "2019/02/28", "2019年2月28日", "2019年02月28日"})
    void acceptsEverySpellingOfDates(String spelling) {
        Path file = write(dir, "cases.csv", lines(Fixtures.CASES_HEADER,
                "C1,H1,DIBAO," + HEAD_A + "," + spelling + ",PENDING,"));
        AssistanceCase c = ColumnRulesTest.readAll(file, RollFile.CASES).get(0).as(AssistanceCase.class);
        assertEquals(LocalDate.of(2019, 2, 28), c.applicationDate());
    }

    @ParameterizedTest
    @CsvSource({"2019-2-28", "28/02/2019", "20190228", "2019-13-01"})
    void rejectsOtherDateSpellings(String spelling) {
        Path file = write(dir, "cases.csv", lines(Fixtures.CASES_HEADER,
                "C1,H1,DIBAO," + HEAD_A + "," + spelling + ",PENDING,"));
        ParsedRow row = ColumnRulesTest.readAll(file, RollFile.CASES).get(0);
        assertEquals("cases.csv:2:5: application_date '" + spelling
                + "': expected a date yyyy-MM-dd, yyyy/M/d or yyyy年M月d日", row.errors().get(0).format());
    }

    @ParameterizedTest
    @CsvSource({"2019-02-30", "2019/2/29", "2019年2月30日"})
    void saysThatADayWrittenRightDoesNotExist(String spelling) {
        Path file = write(dir, "cases.csv", lines(Fixtures.CASES_HEADER,
                "C1,H1,DIBAO," + HEAD_A + "," + spelling + ",PENDING,"));
        ParsedRow row = ColumnRulesTest.readAll(file, RollFile.CASES).get(0);
        assertEquals("cases.csv:2:5: application_date '" + spelling + "': the day " + spelling
                + " does not exist (a date yyyy-MM-dd, yyyy/M/d or yyyy年M月d日)", row.errors().get(0).format());
    }

    @Test
    void readsDisabilityGradeZeroAsNone() {
        Path file = write(dir, "members.csv", lines(Fixtures.MEMBERS_HEADER,
                "H1," + HEAD_A + ",张三,HEAD,0,,FULL,,", "H1," + Fixtures.WIFE_A + ",李四,SPOUSE,2,肢体,部分,,"));
        List<ParsedRow> rows = ColumnRulesTest.readAll(file, RollFile.MEMBERS);
        assertEquals(null, rows.get(0).as(Member.class).disabilityGrade());
        assertEquals(2, rows.get(1).as(Member.class).disabilityGrade());
    }
}
