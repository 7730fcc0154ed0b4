package org.inspect.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.export.XlsxBook;
import org.inspect.model.Counties;
import org.inspect.model.Finding;

/**
 * The complete findings list (附件：问题清单) as an {@code .xlsx} workbook beside a document: one sheet per county,
 * findings in rule order then by household and case id, masked as the document is. Written through the one
 * spreadsheet writer ({@link Sheets}: frozen bold header, text cells, formula-like text neutralised), streaming,
 * so a province's findings fit.
 */
public final class FindingsAnnex {

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
        List<String> header = List.of(w.common().text("annex.columns").split("\\|"));
        try (XlsxBook book = Sheets.workbook(file, redactor.fullData())) {
            for (Map.Entry<String, List<Finding>> e : byCounty.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sheet(book.sheet(Counties.name(e.getKey()), header), e.getValue());
                }
            }
            if (book.sheets() == 0) {
                book.sheet(w.common().text("annex.empty"), header);
            }
        }
    }

    private void sheet(SheetWriter sheet, List<Finding> list) {
        List<Finding> sorted = new ArrayList<>(list);
        sorted.sort(ORDER);
        int r = 1;
        for (Finding f : sorted) {
            sheet.row(r++, w.rule(f.rule()), nz(f.clause()), w.severity(f.severity()), nz(f.householdId()),
                    nz(f.caseId()), f.idNumber() == null || f.idNumber().isBlank() ? "" : redactor.id(f.idNumber()),
                    redactor.text(w.recorded(f)));
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
