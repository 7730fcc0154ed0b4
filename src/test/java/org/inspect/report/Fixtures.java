package org.inspect.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.model.Criterion;
import org.inspect.model.Finding;
import org.inspect.model.Rule;
import org.inspect.report.DisclosureInput.Listing;
import org.inspect.report.ReportInput.Rectification;
import org.inspect.report.ReportInput.SampledCase;
import org.inspect.report.ReportInput.Stratum;

/** Small named inputs for the document tests: three counties, a few dozen findings, a sample of 36 cases. */
public final class Fixtures {

    static final String TAISHAN = "370902";
    static final String DAIYUE = "370911";
    static final String NINGYANG = "370921";
    static final String HIGH_TECH_ZONE = "370971";

    /** Names of sampled applicants; documents must print them masked only. */
    static final List<String> NAMES = List.of("张秀英", "李建国", "王桂兰", "刘德华", "陈玉珍", "杨文明", "赵淑芬", "黄志强",
            "周丽娟", "吴建平", "徐海燕", "孙国庆",
            // two- and four-character names (a one-character given name, a compound surname): the scan must see them
            "李明", "欧阳秀英");

    private Fixtures() {
    }

    static Documents documents() {
        return Documents.configure(Path.of("config"), Path.of("templates"));
    }

    static Campaign campaign() {
        return new Campaign("社会救助兜底保障“回头看”专项行动", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30),
                List.of("泰安市民政局", "泰安市扶贫开发领导小组办公室"), LocalDate.of(2019, 5, 20));
    }

    static String id(String county, int i) {
        return county + "19500101" + String.format("%03d", i) + "X";
    }

    /** Findings per county and rule: 泰山区 14, 岱岳区 9, 宁阳县 4, 高新区 2 — one names a person and an id in its detail. */
    public static List<Finding> findings() {
        List<Finding> f = new ArrayList<>();
        add(f, TAISHAN, Rule.MISSED_DIBAO, 4);
        add(f, TAISHAN, Rule.IMPROPER_INCLUSION, 3);
        add(f, TAISHAN, Rule.PROCEDURE_VIOLATION, 5);
        add(f, TAISHAN, Rule.ILLEGAL_EXCLUSION, 2);
        add(f, DAIYUE, Rule.MISSED_TEKUN, 3);
        add(f, DAIYUE, Rule.NO_WRITTEN_CONCLUSION, 4);
        add(f, DAIYUE, Rule.ILLEGAL_EXCLUSION, 2);
        add(f, NINGYANG, Rule.UNCOVERED_REGISTERED_POOR, 3);
        add(f, NINGYANG, Rule.PROCEDURE_VIOLATION, 1);
        add(f, HIGH_TECH_ZONE, Rule.MISSED_DIBAO, 2);
        return f;
    }

    private static void add(List<Finding> f, String county, Rule rule, int count) {
        for (int i = 0; i < count; i++) {
            int k = f.size();
            String person = NAMES.get(k % NAMES.size());
            String idNumber = rule == Rule.MISSED_TEKUN ? id(county, k) : null;
            String detail = switch (rule) {
                case MISSED_DIBAO -> "家庭人均月收入 " + (300 + k) + " 元，低于当地低保标准 560 元，且财产符合规定，未纳入低保。户主" + person
                        + "（身份证号 " + id(county, k) + "）于2018年12月被终止低保，属建档立卡贫困户。";
                case MISSED_TEKUN -> "年满60周岁，无劳动能力、无生活来源、无法定赡养义务人，未纳入特困供养。";
                case IMPROPER_INCLUSION -> "家庭人均月收入 " + (900 + k) + " 元，超过当地低保标准 560 元。";
                case PROCEDURE_VIOLATION -> "缺少入户调查日期；公示期 3 天，少于 7 天；审批日期早于公示结束日期。";
                case ILLEGAL_EXCLUSION -> "拒绝理由为“儿子有小轿车”，属违规设置的排除条件。";
                case NO_WRITTEN_CONCLUSION -> "不予纳入，未作出书面结论，也未备案。";
                case UNCOVERED_REGISTERED_POOR -> "建档立卡未脱贫户，未纳入低保或特困，也无书面结论。";
                case NO_TEMPORARY_DRIVE -> "2019年3月未批准任何临时救助。";
            };
            f.add(Finding.of(rule, rule == Rule.ILLEGAL_EXCLUSION ? Criterion.RELATIVE_VEHICLE : null, county,
                    "H" + county + String.format("%04d", k), rule == Rule.UNCOVERED_REGISTERED_POOR ? null
                            : "C" + county + String.format("%04d", k), idNumber, detail, Map.of()));
        }
    }

    public static List<Stratum> strata() {
        List<Stratum> s = new ArrayList<>();
        int[][] figures = { // frame, sample, deviations per (DIBAO APPROVED, DIBAO REJECTED, TEKUN APPROVED)
            {420, 6, 2}, {80, 4, 1}, {60, 3, 0}, // 泰山区
            {610, 6, 1}, {95, 4, 2}, {70, 3, 0}, // 岱岳区
            {380, 6, 0}, {50, 4, 1}, {40, 0, 0}}; // 宁阳县
        String[] counties = {TAISHAN, DAIYUE, NINGYANG};
        String[][] kinds = {{"DIBAO", "APPROVED"}, {"DIBAO", "REJECTED"}, {"TEKUN", "APPROVED"}};
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 3; k++) {
                int[] f = figures[c * 3 + k];
                String key = counties[c] + "/" + kinds[k][0] + "/" + kinds[k][1];
                s.add(new Stratum(key, counties[c], kinds[k][0], kinds[k][1], f[0], f[1], f[2],
                        org.inspect.sampling.SampleSize.reportedUpperBound(f[1], f[2], java.math.BigDecimal.valueOf(0.95)),
                        String.format("%064x", key.hashCode() & 0xffffffffL)));
            }
        }
        return s;
    }

    public static List<SampledCase> sample() {
        List<SampledCase> cases = new ArrayList<>();
        int k = 0;
        for (Stratum s : strata()) {
            for (int i = 0; i < s.sampleSize(); i++, k++) {
                cases.add(new SampledCase("C" + s.countyCode() + String.format("%04d", 100 + k), s.countyCode(), s.key(),
                        "H" + s.countyCode() + String.format("%04d", 100 + k), NAMES.get(k % NAMES.size()),
                        id(s.countyCode(), 100 + k), List.of("马晓东", "郭静")));
            }
        }
        return cases;
    }

    public static ReportInput report(boolean fullData) {
        Map<String, Rectification> status = new LinkedHashMap<>();
        status.put(TAISHAN, new Rectification(8, 4, 2));
        status.put(DAIYUE, new Rectification(5, 3, 1));
        status.put(NINGYANG, new Rectification(4, 0, 0));
        return new ReportInput(campaign(), "泰民救查〔2019〕3号", new ReportInput.Rolls(5230, 12877, 4311, 652, 2894),
                "2019年第二季度抽查方案（按县区、救助类型、审批结果分层，每层按比例抽取）", 0.95,
                "2019-04-01 体彩排列五开奖号码 38216", 7_311_029_457_813_211L,
                "inspect verify-sample --run 2019Q2 --data data", strata(), findings(), sample(), status, fullData);
    }

    static NoticeInput notices(boolean fullData) {
        return new NoticeInput(campaign(), "泰民救整〔2019〕{n}号", 1, LocalDate.of(2019, 6, 15),
                "市民政局社会救助科 王明 0538-8221234", findings(), Set.copyOf(NAMES), fullData);
    }

    static DisclosureInput disclosure(boolean fullData) {
        List<DisclosureInput.Row> rows = new ArrayList<>();
        String[][] places = {{TAISHAN, "省庄镇", "东羊楼村"}, {TAISHAN, "省庄镇", "西羊楼村"}, {TAISHAN, "邱家店镇", "前旺村"},
            {DAIYUE, "满庄镇", "北留村"}};
        int k = 0;
        for (String[] p : places) {
            for (Listing l : Listing.values()) {
                for (int i = 0; i < 3; i++, k++) {
                    rows.add(new DisclosureInput.Row(p[0], p[1], p[2], l, NAMES.get(k % NAMES.size()), id(p[0], 500 + k),
                            1 + k % 4));
                }
            }
        }
        return new DisclosureInput(campaign(), LocalDate.of(2019, 5, 20), LocalDate.of(2019, 5, 26),
                "0538-6212345", rows, fullData);
    }
}
