package org.inspect.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.inspect.model.Counties;
import org.inspect.model.Finding;

/**
 * The complete findings list (附件：问题清单) as an {@code .xlsx} workbook beside a document: one sheet per county,
 * findings in rule order then by household and case id, masked as the document is. Written streaming (POI's
 * SXSSF keeps a window of rows in memory and the rest in a temporary file), so a province's findings fit.
 */
public final class FindingsAnnex {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    /** The reproducible order of a county's findings: rule, household, case, identity number (code points). */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.rule().ordinal())
            .thenComparing(f -> nz(f.householdId())).thenComparing(f -> nz(f.caseId()))
            .thenComparing(f -> nz(f.idNumber()));

    private final Wording w;
    private final Redactor redactor;

    public FindingsAnnex(Wording wording, Redactor redactor) {
        this.w = wording;
        this.redactor = redactor;
    }

    /** Writes {@code findings} to {@code file}, one sheet per county in {@code counties}' order. */
    public void write(Path file, List<String> counties, List<Finding> findings) {
        Map<String, List<Finding>> byCounty = new LinkedHashMap<>();
        counties.forEach(c -> byCounty.put(c, new ArrayList<>()));
        for (Finding f : findings) {
            byCounty.computeIfAbsent(f.countyCode(), c -> new ArrayList<>()).add(f);
        }
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] header = w.common().text("annex.columns").split("\\|");
            for (Map.Entry<String, List<Finding>> e : byCounty.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sheet(book, bold, header, e.getKey(), e.getValue());
                }
            }
            if (book.getNumberOfSheets() == 0) {
                book.createSheet(WorkbookUtil.createSafeSheetName(w.common().text("annex.empty")));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the findings annex " + file, e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // the temporary files are gone already
            }
        }
    }

    private void sheet(SXSSFWorkbook book, CellStyle bold, String[] header, String county, List<Finding> list) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(Counties.name(county)));
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(header[i]);
            c.setCellStyle(bold);
        }
        int[] widths = {6, 28, 12, 8, 16, 20, 20, 90};
        for (int i = 0; i < widths.length && i < header.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        List<Finding> sorted = new ArrayList<>(list);
        sorted.sort(ORDER);
        int r = 1;
        for (Finding f : sorted) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r);
            row.createCell(1).setCellValue(w.rule(f.rule()));
            row.createCell(2).setCellValue(nz(f.clause()));
            row.createCell(3).setCellValue(w.severity(f.severity()));
            row.createCell(4).setCellValue(nz(f.householdId()));
            row.createCell(5).setCellValue(nz(f.caseId()));
            row.createCell(6).setCellValue(f.idNumber() == null || f.idNumber().isBlank() ? ""
                    : redactor.id(f.idNumber()));
            row.createCell(7).setCellValue(redactor.text(w.detail(f)));
            r++;
        }
    }

    /** The annex file of a document: {@code report-1.pdf} → {@code report-1-annex.xlsx}. */
    public static Path beside(Path document) {
        String name = document.getFileName().toString();
        String base = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return document.resolveSibling(base + "-annex.xlsx");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
