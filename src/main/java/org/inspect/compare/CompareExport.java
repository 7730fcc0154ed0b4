package org.inspect.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inspect.model.Counties;

/**
 * Writes a compare run's lists as CSV for the poverty office (clause 二（一） 反馈): UTF-8 with a byte-order mark so
 * that Excel opens it, Chinese column headers, one file per list, and FULL identity numbers and names: these files
 * hold personal data and go back to the poverty office only.
 */
public final class CompareExport {

    public static final String UNCOVERED = "uncovered.csv";
    public static final String UNMATCHED = "unmatched.csv";
    public static final String SPLITS = "splits.csv";
    public static final String RECIPIENTS = "recipients-not-registered.csv";
    public static final String COVERAGE = "coverage.csv";
    public static final String CHANGES = "changes.csv";

    private final CompareStore store;

    public CompareExport(CompareStore store) {
        this.store = store;
    }

    /** Writes every list of the run into {@code dir} (created if missing); the changes file only with an earlier run. */
    public List<Path> write(CompareRun run, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            files.add(uncovered(run.id(), dir.resolve(UNCOVERED)));
            files.add(unmatched(run.id(), dir.resolve(UNMATCHED)));
            files.add(splits(run.id(), dir.resolve(SPLITS)));
            files.add(recipients(run.id(), dir.resolve(RECIPIENTS)));
            files.add(coverage(run.id(), dir.resolve(COVERAGE)));
            if (run.againstRunId() != null) {
                files.add(changes(run.id(), dir.resolve(CHANGES)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compare lists to " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path uncovered(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "县（市、区）代码", "县（市、区）", "乡镇（街道）", "村（社区）", "建档立卡户编号",
                "民政家庭编号", "匹配成员姓名", "匹配成员身份证号", "测算是否符合低保条件", "测算家庭人均收入（元/年）",
                "测算符合特困条件的成员身份证号", "最近不予纳入或退出案件编号", "项目", "决定", "决定日期", "理由",
                "该案书面结论已备案", "本户有已备案的书面结论", "属“建档立卡未纳入未说明”")) {
            store.forEachUncovered(runId, m -> print(p, List.of(m.countyCode(), Counties.name(m.countyCode()),
                    s(m.township()), s(m.village()), m.poorHouseholdId(), m.householdId(),
                    String.join(CompareStore.NAMES, m.matchedNames()), String.join(CompareStore.IDS, m.matchedIds()),
                    m.dibaoEligible() == null ? "未知（缺标准）" : yn(m.dibaoEligible()),
                    m.perCapitaIncome() == null ? "" : m.perCapitaIncome().setScale(2, RoundingMode.HALF_UP).toPlainString(),
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

    private Path unmatched(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "县（市、区）代码", "县（市、区）", "建档立卡户编号", "人数", "成员姓名",
                "成员身份证号")) {
            for (UnmatchedPoor u : store.unmatched(runId)) {
                print(p, List.of(s(u.countyCode()), Counties.name(u.countyCode()), u.poorHouseholdId(),
                        String.valueOf(u.memberIds().size()), String.join(CompareStore.NAMES, u.memberNames()),
                        String.join(CompareStore.IDS, u.memberIds())));
            }
        }
        return file;
    }

    private Path splits(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "类型", "分组", "县（市、区）代码", "乡镇（街道）", "建档立卡户编号",
                "民政家庭编号", "匹配成员姓名", "匹配成员身份证号", "未脱贫", "低保或特困")) {
            for (Split sp : store.splits(runId)) {
                Match m = sp.match();
                print(p, List.of(sp.kind() == Split.Kind.POOR_IN_SEVERAL ? "一户建档立卡户分属多个民政家庭"
                        : "一个民政家庭含多户建档立卡户成员", sp.groupKey(), m.countyCode(), s(m.township()),
                        m.poorHouseholdId(), m.householdId(), String.join(CompareStore.NAMES, m.matchedNames()),
                        String.join(CompareStore.IDS, m.matchedIds()), yn(m.notLifted()),
                        m.covered() ? m.programs() : "未纳入"));
            }
        }
        return file;
    }

    private Path recipients(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "县（市、区）代码", "县（市、区）", "乡镇（街道）", "村（社区）", "民政家庭编号",
                "项目", "户主姓名", "户主身份证号", "家庭人口")) {
            store.forEachRecipient(runId, r -> print(p, List.of(r.countyCode(), Counties.name(r.countyCode()),
                    s(r.township()), s(r.village()), r.householdId(), r.programs(), s(r.headName()),
                    s(r.headIdNumber()), String.valueOf(r.members()))));
        }
        return file;
    }

    private Path coverage(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "县（市、区）代码", "县（市、区）", "未脱贫建档立卡户", "已纳入低保或特困",
                "覆盖率", "匹配但未纳入", "无匹配民政家庭")) {
            for (CountyCoverage c : store.coverage(runId)) {
                print(p, List.of(c.countyCode(), Counties.name(c.countyCode()), String.valueOf(c.registered()),
                        String.valueOf(c.covered()), String.format(Locale.ROOT, "%.1f%%", 100 * c.rate()),
                        String.valueOf(c.uncoveredMatched()), String.valueOf(c.unmatched())));
            }
        }
        return file;
    }

    private Path changes(long runId, Path file) throws IOException {
        try (CSVPrinter p = printer(file, "变化", "建档立卡户编号", "县（市、区）代码", "民政家庭编号", "案件编号",
                "决定日期", "说明")) {
            for (Change c : store.changes(runId)) {
                print(p, List.of(c.kind().name(), c.poorHouseholdId(), s(c.countyCode()), s(c.householdId()),
                        s(c.caseId()), c.decisionDate() == null ? "" : c.decisionDate().toString(), s(c.detail())));
            }
        }
        return file;
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static void print(CSVPrinter p, List<String> row) {
        try {
            p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yn(boolean b) {
        return b ? "是" : "否";
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
