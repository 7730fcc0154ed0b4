package org.inspect.compare;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.inspect.report.Campaign;
import org.inspect.report.FeedbackInput;
import org.inspect.report.FeedbackInput.Listing;
import org.inspect.report.FeedbackInput.Row;
import org.inspect.report.Lang;

/** Builds the feedback form's input (比对结果反馈表) from a stored compare run, masked (the form is printed). */
final class FeedbackForms {

    private FeedbackForms() {
    }

    public static FeedbackInput input(CompareStore store, CompareRun run, String againstLabel, Campaign campaign,
            Lang lang) {
        boolean zh = lang == Lang.ZH;
        List<FeedbackInput.Coverage> coverage = store.coverage(run.id()).stream().map(c -> new FeedbackInput.Coverage(
                c.countyCode(), c.registered(), c.covered(), c.uncoveredMatched(), c.unmatched())).toList();
        List<Row> rows = new ArrayList<>();
        store.forEachUncovered(run.id(), m -> rows.add(new Row(Listing.UNCOVERED, m.countyCode(), m.township(),
                m.poorHouseholdId(), m.householdId(), m.matchedNames(), m.matchedIds(), facts(m, zh), conclusion(m, zh),
                null)));
        for (UnmatchedPoor u : store.unmatched(run.id())) {
            rows.add(new Row(Listing.UNMATCHED, u.countyCode(), "", u.poorHouseholdId(), "", u.memberNames(),
                    u.memberIds(), zh ? "民政家庭名册中无身份证号匹配的家庭" : "no civil-affairs household matches", "", null));
        }
        for (Split s : store.splits(run.id())) {
            Match m = s.match();
            String facts = s.kind() == Split.Kind.POOR_IN_SEVERAL
                    ? (zh ? "该建档立卡户成员分属多个民政家庭" : "poor household split over several households")
                    : (zh ? "该民政家庭含多户建档立卡户成员" : "household holds several poor households");
            rows.add(new Row(Listing.SPLIT, m.countyCode(), m.township(), m.poorHouseholdId(), m.householdId(),
                    m.matchedNames(), m.matchedIds(), facts + (zh ? "；" : "; ") + covered(m, zh), "", null));
        }
        for (Change c : store.changes(run.id())) {
            Listing listing = Listing.valueOf(c.kind().name());
            String conclusion = "";
            String facts = detail(c.detail(), zh);
            if (c.kind() == Change.Kind.DIBAO_TERMINATED) {
                boolean filed = c.detail() != null && c.detail().startsWith("FILED: ");
                facts = c.detail() == null ? "" : c.detail().substring(c.detail().indexOf(": ") + 2);
                conclusion = filed ? (zh ? "已备案" : "filed") : (zh ? "未备案" : "not filed");
            }
            rows.add(new Row(listing, c.countyCode() == null ? "" : c.countyCode(), "", c.poorHouseholdId(),
                    c.householdId(), List.of(), List.of(), facts, conclusion, c.decisionDate()));
        }
        return new FeedbackInput(campaign, run.snapshotLabel(), againstLabel, run.id(), coverage, rows, false);
    }

    private static String facts(Match m, boolean zh) {
        StringBuilder b = new StringBuilder();
        if (m.dibaoEligible() == null) {
            b.append(zh ? "缺少标准，未能测算" : "not computed (standard missing)");
        } else {
            String income = m.perCapitaIncome() == null ? "" : m.perCapitaIncome().setScale(0, RoundingMode.HALF_UP)
                    .toPlainString();
            b.append(zh ? "测算人均收入 " + income + " 元/年，" + (m.dibaoEligible() ? "符合" : "不符合") + "低保条件"
                    : "per-capita income " + income + " yuan/yr, " + (m.dibaoEligible() ? "" : "not ") + "dibao-eligible");
            if (!m.tekunEligible().isEmpty()) {
                b.append(zh ? "；" + m.tekunEligible().size() + " 人符合特困条件"
                        : "; " + m.tekunEligible().size() + " tekun-eligible");
            }
        }
        if (m.refusal() != null) {
            Match.Refusal r = m.refusal();
            b.append(zh ? "；最近" + ("DIBAO".equals(r.program()) ? "低保" : "特困")
                    + ("TERMINATED".equals(r.decision()) ? "停保" : "不予批准")
                    : "; latest " + r.program() + " " + r.decision());
            if (r.decisionDate() != null) {
                b.append(zh ? "（" + r.decisionDate() + "）" : " (" + r.decisionDate() + ")");
            }
        }
        return b.toString();
    }

    private static String conclusion(Match m, boolean zh) {
        if (m.filedConclusion()) {
            return zh ? "已备案" : "filed";
        }
        return m.refusal() == null ? (zh ? "无" : "none") : (zh ? "未备案" : "not filed");
    }

    private static String covered(Match m, boolean zh) {
        if (!m.covered()) {
            return zh ? "未纳入" : "uncovered";
        }
        return zh ? m.programs().replace("DIBAO", "低保").replace("TEKUN", "特困").replace("+", "、") : m.programs();
    }

    private static String detail(String code, boolean zh) {
        if (code == null || code.isEmpty() || !zh) {
            return code == null ? "" : code;
        }
        return switch (code) {
            case "WAS_COVERED" -> "上月已纳入";
            case "NEWLY_REGISTERED" -> "本月新增建档立卡";
            case "NEW" -> "上月名册中无此户";
            case "WAS_LIFTED" -> "上月为已脱贫";
            case "REMOVED" -> "已移出建档立卡名册";
            case "LIFTED" -> "已脱贫";
            default -> code;
        };
    }
}
