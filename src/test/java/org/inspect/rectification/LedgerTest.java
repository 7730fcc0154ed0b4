package org.inspect.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.rectification.internal.LedgerReader;
import org.inspect.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.inspect.testing.TestContexts;

/** The counties' ledgers: written, filled in with POI the way a county clerk would, returned and imported. */
class LedgerTest {

    @TempDir
    Path dir;

    private Database db;
    private Rectification r;
    private Ledgers ledgers;
    private List<Item> taishan;
    private Item daiyue;

    @BeforeEach
    void items() {
        db = Database.open(dir.resolve("data"));
        r = new Rectification(db, TestContexts.at("2019-04-10T08:30:00Z"));
        ledgers = new Ledgers(r);
        taishan = r.as(TestContexts.named("市督查组")).open(List.of(Items.missedDibao("370902", "T1", 1), Items.missedDibao("370902", "T2", 2),
                Items.missedDibao("370902", "T3", 3), Items.missedDibao("370902", "T4", 4)));
        daiyue = r.as(TestContexts.named("市督查组")).open(List.of(Items.missedDibao("370911", "D1", 1))).get(0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path ledgerOf(String county) {
        List<Path> files = ledgers.write(county, dir.resolve("out"), false);
        assertEquals(1, files.size());
        return files.get(0);
    }

    /** Fills the county columns of the row of {@code itemId} as a clerk would: text, the drop-down's value, a date. */
    private static void fill(Path ledger, Map<Long, String[]> rows) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(ledger)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("整改台账");
        DataFormatter f = new DataFormatter();
        for (int i = 2; i <= s.getLastRowNum(); i++) {
            Row row = s.getRow(i);
            String[] values = rows.get(Long.parseLong(f.formatCellValue(row.getCell(0))));
            if (values == null) {
                continue;
            }
            row.getCell(9).setCellValue(values[0]);
            row.getCell(10).setCellValue(values[1]);
            if (!values[2].isEmpty()) {
                row.getCell(11).setCellValue(LocalDate.parse(values[2]));
                row.getCell(11).setCellStyle(dateStyle(wb));
            }
            row.getCell(12).setCellValue(values[3]);
        }
        try (OutputStream out = Files.newOutputStream(ledger)) {
            wb.write(out);
        }
        wb.close();
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook wb) {
        org.apache.poi.ss.usermodel.CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return st;
    }

    @Test
    void writesLockedFixedColumnsAndADropDownForTheResult() throws Exception {
        Path ledger = ledgerOf("370902");
        assertTrue(ledger.getFileName().toString().contains("370902"));
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("整改台账");
            assertTrue(s.getProtect(), "the sheet is protected");
            Row first = s.getRow(2);
            assertTrue(first.getCell(0).getCellStyle().getLocked());
            assertTrue(first.getCell(6).getCellStyle().getLocked());
            assertFalse(first.getCell(9).getCellStyle().getLocked());
            assertFalse(first.getCell(12).getCellStyle().getLocked());
            assertEquals(4, s.getLastRowNum() - 1, "one row per open item");
            assertEquals(List.of("已整改", "申辩", "未完成"), List.of(s.getDataValidations().get(0)
                    .getValidationConstraint().getExplicitListValues()));
            String detail = new DataFormatter().formatCellValue(first.getCell(6));
            assertTrue(detail.contains("张*英") && !detail.contains("张三英"), detail);
        }
    }

    @Test
    void importsALedgerFilledInAsACountyWouldAndLeavesBlankRowsAlone() throws Exception {
        Path ledger = ledgerOf("370902");
        Files.writeString(ledger.resolveSibling("审批表.pdf"), "%PDF scanned approval");
        fill(ledger, Map.of(
                taishan.get(0).id(), new String[] {"已重新核算收入并纳入低保", "已整改", "2019-04-05", "审批表.pdf"},
                taishan.get(1).id(), new String[] {"该户收入含子女赡养费，核算无误", "申辩", "", ""},
                taishan.get(2).id(), new String[] {"正在入户核查", "未完成", "", ""}));
        Ledgers.Imported imported = ledgers.importLedgers(ledger, null);
        assertEquals(3, imported.events().size());
        assertEquals(State.RESPONDED, r.store().item(taishan.get(0).id()).state());
        assertEquals(State.CONTESTED, r.store().item(taishan.get(1).id()).state());
        assertEquals(State.RESPONDED, r.store().item(taishan.get(2).id()).state());
        assertEquals(State.ISSUED, r.store().item(taishan.get(3).id()).state(), "the blank row changed nothing");
        Event fixed = r.store().events(taishan.get(0).id()).get(1);
        assertEquals(Outcome.CLAIMED_FIXED, fixed.outcome());
        assertTrue(fixed.note().contains("2019-04-05"), fixed.note());
        assertEquals("审批表.pdf", fixed.evidence().get(0).name());
        assertEquals(Outcome.NOT_DONE, r.store().events(taishan.get(2).id()).get(1).outcome());
        assertTrue(r.audit().clean());
    }

    @Test
    void appliesNothingWhenOneRowIsBadAndNamesItsFileRowAndColumn() throws Exception {
        Path ledger = ledgerOf("370902");
        fill(ledger, Map.of(
                taishan.get(0).id(), new String[] {"已纳入低保", "已整改", "2019-04-05", ""},
                taishan.get(1).id(), new String[] {"已纳入低保", "整改完毕", "2019-04-05", ""}));
        LedgerException e = assertThrows(LedgerException.class, () -> ledgers.importLedgers(ledger, null));
        assertEquals(1, e.errors().size());
        LedgerReader.CellError err = e.errors().get(0);
        assertEquals(ledger, err.file());
        assertEquals(4, err.row(), "the second item is on Excel row 4");
        assertEquals("K", err.column());
        assertEquals("rect.ledger.badResult", err.key());
        assertEquals(State.ISSUED, r.store().item(taishan.get(0).id()).state(), "the good row was not applied");
        assertEquals(5, r.store().head().lastSeq());
    }

    @Test
    void refusesItemsOfAnotherCountyUnknownItemsIllegalMovesAndMissingEvidence() throws Exception {
        r.as(TestContexts.named("泰山区民政局")).respond(taishan.get(2).id(), "已整改", Outcome.CLAIMED_FIXED, List.of());
        Path ledger = ledgerOf("370902");
        // a clerk pastes the Daiyue item's number over row 3, and asks for a missing scan
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(ledger)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("整改台账");
        s.getRow(2).getCell(0).setCellValue(String.valueOf(daiyue.id()));
        s.getRow(3).getCell(0).setCellValue("999");
        try (OutputStream out = Files.newOutputStream(ledger)) {
            wb.write(out);
        }
        wb.close();
        fill(ledger, Map.of(
                daiyue.id(), new String[] {"已纳入", "已整改", "2019-04-05", ""},
                999L, new String[] {"已纳入", "已整改", "2019-04-05", ""},
                taishan.get(2).id(), new String[] {"再次报送", "已整改", "2019-04-06", ""},
                taishan.get(3).id(), new String[] {"已纳入", "已整改", "2019-04-05", "照片1.jpg"}));
        LedgerException e = assertThrows(LedgerException.class, () -> ledgers.importLedgers(ledger, null));
        List<String> got = e.errors().stream().map(x -> x.row() + ":" + x.column() + " " + x.key()).toList();
        assertEquals(List.of("3:A rect.ledger.otherCounty", "4:A rect.ledger.unknownItem",
                "5:K rect.ledger.illegal", "6:M rect.ledger.noEvidence"), got);
        assertEquals(State.ISSUED, r.store().item(daiyue.id()).state());
        assertEquals(State.ISSUED, r.store().item(taishan.get(3).id()).state());
    }

    @Test
    void aLedgerSentAgainImportsItsNewRowsAndLeavesTheRecordedOnesAlone() throws Exception {
        Path ledger = ledgerOf("370902");
        Files.writeString(ledger.resolveSibling("审批表.pdf"), "%PDF scanned approval");
        Map<Long, String[]> first = Map.of(
                taishan.get(0).id(), new String[] {"已重新核算收入并纳入低保", "已整改", "2019-04-05", "审批表.pdf"},
                taishan.get(1).id(), new String[] {"该户收入含子女赡养费，核算无误", "申辩", "", ""});
        fill(ledger, first);
        assertEquals(2, ledgers.importLedgers(ledger, null).events().size());
        // the county adds a row to the same workbook and sends it again
        fill(ledger, Map.of(taishan.get(2).id(), new String[] {"正在入户核查", "未完成", "", ""}));
        Ledgers.Imported again = ledgers.importLedgers(ledger, null);
        assertEquals(1, again.events().size(), "only the new row is recorded");
        assertEquals(taishan.get(2).id(), again.events().get(0).itemId());
        assertEquals(2, again.unchanged());
        assertEquals(State.RESPONDED, r.store().item(taishan.get(2).id()).state());
        assertEquals(2, r.store().events(taishan.get(0).id()).size(), "no second response recorded");
        assertTrue(r.audit().clean());
    }

    @Test
    void aRowChangedSinceItWasRecordedIsStillRefused() throws Exception {
        Path ledger = ledgerOf("370902");
        fill(ledger, Map.of(taishan.get(1).id(), new String[] {"该户收入含子女赡养费，核算无误", "申辩", "", ""}));
        ledgers.importLedgers(ledger, null);
        fill(ledger, Map.of(taishan.get(1).id(), new String[] {"已纳入低保", "已整改", "2019-04-06", ""}));
        LedgerException e = assertThrows(LedgerException.class, () -> ledgers.importLedgers(ledger, null));
        assertEquals(List.of("rect.ledger.illegal"), e.errors().stream().map(LedgerReader.CellError::key).toList());
    }

    @Test
    void warnsOfALedgerWhoseFileNameNamesAnotherCounty() throws Exception {
        Path ledger = Files.move(ledgerOf("370902"), dir.resolve("out").resolve("整改台账-370911-岱岳区.xlsx"));
        fill(ledger, Map.of(taishan.get(0).id(), new String[] {"正在入户核查", "未完成", "", ""}));
        Ledgers.Imported imported = ledgers.importLedgers(ledger, null);
        assertEquals(1, imported.events().size(), "imported as the county its content names");
        assertEquals(1, imported.warnings().size());
        LedgerReader.CellError w = imported.warnings().get(0);
        assertEquals("rect.ledger.nameOtherCounty", w.key());
        assertEquals(List.of("岱岳区", "泰山区"), List.of(w.args()));
        Path right = ledgerOf("370902");
        fill(right, Map.of(taishan.get(3).id(), new String[] {"正在入户核查", "未完成", "", ""}));
        assertEquals(List.of(), ledgers.importLedgers(right, null).warnings());
    }

    @Test
    void theCountyCanFilterSortAndResizeAndTheLedgerPrintsLandscapeOnThePageWidth() throws Exception {
        Path ledger = ledgerOf("370902");
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("整改台账");
            assertTrue(s.getProtect(), "the fixed columns stay locked");
            assertFalse(s.isAutoFilterLocked(), "filter");
            assertFalse(s.isSortLocked(), "sort");
            assertFalse(s.isFormatColumnsLocked(), "resize columns");
            assertEquals("A2:M6", s.getCTWorksheet().getAutoFilter().getRef());
            var date = s.getDataValidations().stream().filter(v -> v.getValidationConstraint().getValidationType()
                    == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DATE).toList();
            assertEquals(1, date.size(), "完成日期 takes a date");
            assertEquals("L3:L6", date.get(0).getRegions().getCellRangeAddress(0).formatAsString());
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals("1:2", s.getRepeatingRows().formatAsString());
        }
    }

    @Test
    void refusesEvidenceNamesThatLeaveTheEvidenceFolderAndCopiesNothing() throws Exception {
        Path secret = dir.resolve("secret");
        Files.createDirectories(secret);
        Files.writeString(secret.resolve("private.key"), "-----BEGIN PRIVATE KEY-----");
        Path evidence = dir.resolve("county").resolve("evidence");
        Files.createDirectories(evidence);
        Files.createSymbolicLink(evidence.resolve("scan.pdf"), secret.resolve("private.key"));
        Files.createSymbolicLink(evidence.resolve("scans"), secret);
        Path ledger = ledgerOf("370902");
        fill(ledger, Map.of(
                taishan.get(0).id(), new String[] {"已纳入", "已整改", "2019-04-05", "../../secret/private.key"},
                taishan.get(1).id(), new String[] {"已纳入", "已整改", "2019-04-05",
                        secret.resolve("private.key").toString()},
                taishan.get(2).id(), new String[] {"已纳入", "已整改", "2019-04-05", "scan.pdf"},
                taishan.get(3).id(), new String[] {"已纳入", "已整改", "2019-04-05", "scans/private.key"}));
        LedgerException e = assertThrows(LedgerException.class,
                () -> ledgers.importLedgers(ledger, evidence));
        List<String> got = e.errors().stream().map(x -> x.row() + ":" + x.column() + " " + x.key()).toList();
        assertEquals(List.of("3:M rect.ledger.evidenceOutside", "4:M rect.ledger.evidenceOutside",
                "5:M rect.ledger.evidenceOutside", "6:M rect.ledger.evidenceOutside"), got);
        Path store = dir.resolve("data").resolve("evidence");
        assertTrue(!Files.exists(store) || Files.list(store).findAny().isEmpty(), "nothing reached the store");
        assertEquals(State.ISSUED, r.store().item(taishan.get(0).id()).state());
    }

    @Test
    void readsALedgerWithAColumnFormattedToTheEndOfTheSheetAndRefusesACsvRenamedXlsx() throws Exception {
        Path ledger = ledgerOf("370902");
        fill(ledger, Map.of(taishan.get(0).id(), new String[] {"该户收入核算无误", "申辩", "", ""}));
        // a clerk formats column J down to the last row: blank formatted rows that a DOM reader would hold whole
        StringBuilder blank = new StringBuilder();
        for (int i = 8; i <= 200_000; i++) {
            blank.append("<row r=\"").append(i).append("\"><c r=\"J").append(i).append("\" s=\"1\"/></row>");
        }
        rewritePart(ledger, "xl/worksheets/sheet1.xml", x -> x.replace("</sheetData>", blank + "</sheetData>"));
        Ledgers.Imported imported = ledgers.importLedgers(ledger, null);
        assertEquals(1, imported.events().size());
        assertEquals(State.CONTESTED, r.store().item(taishan.get(0).id()).state());

        Path renamed = dir.resolve("renamed").resolve("整改台账-370902.xlsx");
        Files.createDirectories(renamed.getParent());
        Files.writeString(renamed, "事项,通知书文号\n1,泰民救整〔2019〕1号\n");
        LedgerException e = assertThrows(LedgerException.class, () -> ledgers.importLedgers(renamed, null));
        assertEquals("workbook.notXlsx", e.errors().get(0).key());
    }

    private static void rewritePart(Path xlsx, String part, java.util.function.UnaryOperator<String> change)
            throws Exception {
        Path out = xlsx.resolveSibling("rewritten.zip");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(part)) {
                    b = change.apply(new String(b, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        Files.move(out, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
