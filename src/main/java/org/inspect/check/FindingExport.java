package org.inspect.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inspect.model.Finding;
import org.inspect.model.Masking;

/**
 * The findings export of data-format.md: columns {@code rule, criterion, county_code, household_id, case_id,
 * id_number, severity, clause, detail}, in that order. Identity numbers, and the names and identity numbers inside
 * the sentences, are masked unless full data is asked for, since the file is read by people.
 */
public final class FindingExport {

    public static final List<String> COLUMNS = List.of("rule", "criterion", "county_code", "household_id", "case_id",
            "id_number", "severity", "clause", "detail");

    private final CSVPrinter printer;
    private final boolean fullData;

    public FindingExport(Writer out, boolean fullData) {
        try {
            this.printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.fullData = fullData;
    }

    /** Writes a finding whose sentence may name {@code names}: masked with its identity numbers unless full data. */
    public void write(Finding f, java.util.Collection<String> names) {
        try {
            printer.printRecord(f.rule().name(), f.criterion() == null ? "" : f.criterion().name(),
                    nz(f.countyCode()), nz(f.householdId()), nz(f.caseId()),
                    fullData ? nz(f.idNumber()) : Masking.idNumber(f.idNumber()), f.severity().name(), f.clause(),
                    fullData ? f.detail() : Masking.text(f.detail(), names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
