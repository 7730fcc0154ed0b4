package org.inspect.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inspect.export.Column;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.model.Counties;

/**
 * Writes a compare run's lists for the poverty office (clause 二（一） 反馈) through the shared spreadsheet writer
 * (CSV with a byte-order mark, or .xlsx), headers in Chinese or English, one file per list, and FULL identity numbers and names: these files
 * hold personal data and go back to the poverty office only.
 */
final class CompareExport {

    public static final String UNCOVERED = "uncovered.csv";
    public static final String UNMATCHED = "unmatched.csv";
    public static final String SPLITS = "splits.csv";
    public static final String RECIPIENTS = "recipients-not-registered.csv";
    public static final String COVERAGE = "coverage.csv";
    public static final String CHANGES = "changes.csv";

    private final CompareStore store;
    private final SheetFormat format;
    private final HeaderLanguage lang;

    /** CSV lists with headers (and yes/no words) in the locale's language. */
    public CompareExport(CompareStore store) {
        this(store, SheetFormat.CSV, HeaderLanguage.ofLocale());
    }

    /** Lists in {@code format} (file names then end in .xlsx) with headers in {@code lang}. */
    public CompareExport(CompareStore store, SheetFormat format, HeaderLanguage lang) {
        this.store = store;
        this.format = format;
        this.lang = lang;
    }

    /** The file name of a list ({@link #UNCOVERED} …) in this export's format. */
    public String fileName(String csvName) {
        return format == SheetFormat.CSV ? csvName : csvName.replaceAll("\\.csv$", ".xlsx");
    }

    /** Writes every list of the run into {@code dir} (created if missing); the changes file only with an earlier run. */
    public List<Path> write(CompareRun run, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            files.add(uncovered(run.id(), dir.resolve(fileName(UNCOVERED))));
            files.add(unmatched(run.id(), dir.resolve(fileName(UNMATCHED))));
            files.add(splits(run.id(), dir.resolve(fileName(SPLITS))));
            files.add(recipients(run.id(), dir.resolve(fileName(RECIPIENTS))));
            files.add(coverage(run.id(), dir.resolve(fileName(COVERAGE))));
            if (run.againstRunId() != null) {
                files.add(changes(run.id(), dir.resolve(fileName(CHANGES))));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compare lists to " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path uncovered(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("county_code", "县（市、区）代码"), c("county", "县（市、区）"),
                c("township", "乡镇（街道）"), c("village", "村（社区）"), c("poor_household_id", "建档立卡户编号"),
                c("household_id", "民政家庭编号"), c("matched_names", "匹配成员姓名"),
                c("matched_id_numbers", "匹配成员身份证号"), c("dibao_eligible_computed", "测算是否符合低保条件"),
                c("per_capita_income_yuan_year", "测算家庭人均收入（元/年）"),
                c("tekun_eligible_id_numbers", "测算符合特困条件的成员身份证号"),
                c("latest_refusal_case_id", "最近不予纳入或退出案件编号"), c("program", "项目"), c("decision", "决定"),
                c("decision_date", "决定日期"), c("reason", "理由"), c("case_conclusion_filed", "该案书面结论已备案"),
                c("household_conclusion_filed", "本户有已备案的书面结论"),
                c("uncovered_without_conclusion", "属“建档立卡未纳入未说明”"))) {
            store.forEachUncovered(runId, m -> print(p, Arrays.asList(m.countyCode(), Counties.name(m.countyCode()),
                    s(m.township()), s(m.village()), m.poorHouseholdId(), m.householdId(),
                    String.join(CompareStore.NAMES, m.matchedNames()), String.join(CompareStore.IDS, m.matchedIds()),
                    m.dibaoEligible() == null ? unknownEligibility() : yn(m.dibaoEligible()),
                    m.perCapitaIncome() == null ? null : m.perCapitaIncome().setScale(2, RoundingMode.HALF_UP),
                    String.join(CompareStore.IDS, m.tekunEligible()),
                    m.refusal() == null ? "" : m.refusal().caseId(), m.refusal() == null ? "" : m.refusal().program(),
                    m.refusal() == null ? "" : m.refusal().decision(),
                    m.refusal() == null || m.refusal().decisionDate() == null ? "" : m.refusal().decisionDate().toString(),
                    m.refusal() == null ? "" : s(m.refusal().reason()),
                    m.refusal() == null ? "" : yn(m.refusal().filed()), yn(m.filedConclusion()),
                    yn(m.uncoveredWithoutConclusion()))));
        }
        return file;
    }

    private Path unmatched(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("county_code", "县（市、区）代码"), c("county", "县（市、区）"),
                c("poor_household_id", "建档立卡户编号"), c("members", "人数"), c("member_names", "成员姓名"),
                c("member_id_numbers", "成员身份证号"))) {
            for (UnmatchedPoor u : store.unmatched(runId)) {
                print(p, Arrays.asList(s(u.countyCode()), Counties.name(u.countyCode()), u.poorHouseholdId(),
                        u.memberIds().size(), String.join(CompareStore.NAMES, u.memberNames()),
                        String.join(CompareStore.IDS, u.memberIds())));
            }
        }
        return file;
    }

    private Path splits(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("kind", "类型"), c("group", "分组"), c("county_code", "县（市、区）代码"),
                c("township", "乡镇（街道）"), c("poor_household_id", "建档立卡户编号"), c("household_id", "民政家庭编号"),
                c("matched_names", "匹配成员姓名"), c("matched_id_numbers", "匹配成员身份证号"), c("not_lifted", "未脱贫"),
                c("dibao_or_tekun", "低保或特困"))) {
            for (Split sp : store.splits(runId)) {
                Match m = sp.match();
                print(p, Arrays.asList(word(sp.kind()), sp.groupKey(), m.countyCode(), s(m.township()),
                        m.poorHouseholdId(), m.householdId(), String.join(CompareStore.NAMES, m.matchedNames()),
                        String.join(CompareStore.IDS, m.matchedIds()), yn(m.notLifted()),
                        m.covered() ? m.programs() : zhEn("未纳入", "not covered")));
            }
        }
        return file;
    }

    private Path recipients(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("county_code", "县（市、区）代码"), c("county", "县（市、区）"),
                c("township", "乡镇（街道）"), c("village", "村（社区）"), c("household_id", "民政家庭编号"),
                c("program", "项目"), c("head_name", "户主姓名"), c("head_id_number", "户主身份证号"),
                c("household_size", "家庭人口"))) {
            store.forEachRecipient(runId, r -> print(p, Arrays.asList(r.countyCode(), Counties.name(r.countyCode()),
                    s(r.township()), s(r.village()), r.householdId(), r.programs(), s(r.headName()),
                    s(r.headIdNumber()), r.members())));
        }
        return file;
    }

    private Path coverage(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("county_code", "县（市、区）代码"), c("county", "县（市、区）"),
                c("registered_not_lifted", "未脱贫建档立卡户"), c("covered", "已纳入低保或特困"), c("coverage_rate", "覆盖率"),
                c("matched_not_covered", "匹配但未纳入"), c("unmatched", "无匹配民政家庭"))) {
            for (CountyCoverage c : store.coverage(runId)) {
                print(p, Arrays.asList(c.countyCode(), Counties.name(c.countyCode()), c.registered(),
                        c.covered(), String.format(Locale.ROOT, "%.1f%%", 100 * c.rate()),
                        c.uncoveredMatched(), c.unmatched()));
            }
        }
        return file;
    }

    private Path changes(long runId, Path file) {
        try (SheetWriter p = sheet(file, c("change", "变化"), c("poor_household_id", "建档立卡户编号"),
                c("county_code", "县（市、区）代码"), c("household_id", "民政家庭编号"), c("case_id", "案件编号"),
                c("decision_date", "决定日期"), c("detail", "说明"))) {
            for (Change c : store.changes(runId)) {
                print(p, Arrays.asList(c.kind().name(), c.poorHouseholdId(), s(c.countyCode()), s(c.householdId()),
                        s(c.caseId()), c.decisionDate() == null ? "" : c.decisionDate().toString(), s(c.detail())));
            }
        }
        return file;
    }

    private SheetWriter sheet(Path file, Column... columns) {
        return Sheets.open(file, format, Sheets.header(List.of(columns), lang));
    }

    private static Column c(String en, String zh) {
        return new Column(en, zh);
    }

    private static void print(SheetWriter p, List<?> row) {
        p.row(row);
    }

    private String unknownEligibility() {
        return zhEn("未知（缺标准）", "unknown (standard missing)");
    }

    private String word(Split.Kind kind) {
        return kind == Split.Kind.POOR_IN_SEVERAL ? zhEn("一户建档立卡户分属多个民政家庭", "one poor household in several households")
                : zhEn("一个民政家庭含多户建档立卡户成员", "one household holding members of several poor households");
    }

    private String zhEn(String zh, String en) {
        return lang == HeaderLanguage.ZH ? zh : en;
    }

    private String yn(boolean b) {
        return b ? zhEn("是", "yes") : zhEn("否", "no");
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
