package org.inspect.check;

import java.util.List;
import java.util.function.Function;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Counties;
import org.inspect.model.Finding;
import org.inspect.model.Masking;

/**
 * The findings export of data-format.md: the finding's id (to match a list sent out back to the run), the rule
 * and criterion codes with their names, where it was found, the masked identity number (unless full data is asked
 * for), severity, clause, the sentence (its names and identity numbers masked unless full data), and the field
 * team's verdict (carried over from an earlier run that found the same problem), then the rectification item that
 * follows the problem (its number and state; empty while no notice names it). Written through the shared spreadsheet
 * writer, as CSV or .xlsx.
 */
public final class FindingExport {

    public static final List<Column> COLUMNS = List.of(new Column("id", "问题编号"), new Column("rule", "规则代码"),
            new Column("rule_name", "问题类型"), new Column("criterion", "排除条件代码"),
            new Column("criterion_name", "排除条件"), new Column("county_code", "县（市、区）代码"),
            new Column("county", "县（市、区）"), new Column("household_id", "家庭编号"), new Column("case_id", "案件编号"),
            new Column("id_number", "身份证号"), new Column("severity", "严重程度"), new Column("clause", "政策条款"),
            new Column("detail", "问题描述"), new Column("verdict", "核实结论"), new Column("verdict_reason", "撤销理由"),
            new Column("rect_item", "整改事项编号"), new Column("rect_state", "整改状态"));

    private final SheetWriter sheet;
    private final boolean fullData;
    private final Function<Enum<?>, String> words;

    /**
     * @param sheet  a sheet opened with {@link #header}
     * @param words  the word a reader sees for a rule, criterion, severity or verdict in the export's language
     */
    public FindingExport(SheetWriter sheet, boolean fullData, Function<Enum<?>, String> words) {
        this.sheet = sheet;
        this.fullData = fullData;
        this.words = words;
    }

    /** The header row in {@code lang}. */
    public static List<String> header(HeaderLanguage lang) {
        return Sheets.header(COLUMNS, lang);
    }

    public void write(StoredFinding sf) {
        write(sf, java.util.List.of());
    }

    /** Writes a finding whose sentence may name {@code names}: masked with its identity numbers unless full data. */
    public void write(StoredFinding sf, java.util.Collection<String> names) {
        write(sf, names, null, null);
    }

    /**
     * As above, with the rectification item of the problem: its number and the word of its state in the export's
     * language (both null while no notice names the problem).
     */
    public void write(StoredFinding sf, java.util.Collection<String> names, Long itemId, String itemState) {
        Finding f = sf.finding();
        sheet.row(sf.id(), f.rule().name(), words.apply(f.rule()), f.criterion() == null ? "" : f.criterion().name(),
                f.criterion() == null ? "" : words.apply(f.criterion()), nz(f.countyCode()),
                Counties.name(f.countyCode()), nz(f.householdId()), nz(f.caseId()),
                fullData ? nz(f.idNumber()) : Masking.idNumber(f.idNumber()), words.apply(f.severity()), f.clause(),
                fullData ? f.detail() : Masking.text(f.detail(), names),
                sf.verdict() == null ? words.apply(Verdict.OPEN) : words.apply(Verdict.valueOf(sf.verdict())),
                nz(sf.verdictReason()), itemId == null ? "" : itemId.toString(), nz(itemState));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The verdicts a finding can have, for the export's verdict column. */
    public enum Verdict { OPEN, CONFIRMED, DISMISSED }
}
