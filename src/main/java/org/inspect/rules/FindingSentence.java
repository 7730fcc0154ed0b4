package org.inspect.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.model.Counties;
import org.inspect.model.Criterion;
import org.inspect.model.Finding;

/**
 * A finding's sentence in English, for the English editions of the documents. The check writes the Chinese
 * {@link Finding#detail()} (rules/internal) and stores the facts behind it as structured evidence; this builds the
 * same statement from the finding's fields and that evidence (amounts, case, dates, defects), so a finding stored
 * before any English edition existed reads in English too. Names are left out: the English reader gets the ids.
 */
public final class FindingSentence {

    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月临时救助批准");

    private FindingSentence() {
    }

    /** The finding's statement in English. */
    public static String english(Finding f) {
        Map<String, String> e = f.evidence() == null ? Map.of() : f.evidence();
        if (e.containsKey("入户核查")) {
            return homeVisit(f, e);
        }
        return switch (f.rule()) {
            case MISSED_DIBAO -> missedDibao(f, e);
            case MISSED_TEKUN -> missedTekun(f, e);
            case IMPROPER_INCLUSION -> improperInclusion(f, e);
            case PROCEDURE_VIOLATION -> procedure(f, e);
            case ILLEGAL_EXCLUSION -> illegalExclusion(f, e);
            case NO_WRITTEN_CONCLUSION -> noWrittenConclusion(f, e);
            case UNCOVERED_REGISTERED_POOR -> uncoveredPoor(f, e);
            case NO_TEMPORARY_DRIVE -> noDrive(f, e);
        };
    }

    private static String missedDibao(Finding f, Map<String, String> e) {
        StringBuilder s = new StringBuilder(income(e, "below"));
        s.append(", the household's property is within the limits, and the household has neither dibao nor tekun");
        String latest = e.get("最近不予批准或停保案件");
        if (latest != null) {
            s.append("; it was last ").append(decision(latest)).append(" on ").append(date(latest)).append(" (case ")
                    .append(first(latest)).append(')');
        }
        s.append('.');
        String poor = e.get("建档立卡贫困户");
        if (poor != null) {
            s.append(" It is a registered poor household (").append(ids(poor)).append(')');
            List<String> ended = new ArrayList<>();
            for (int i = 1; e.containsKey("建档立卡户停保案件" + i); i++) {
                String c = e.get("建档立卡户停保案件" + i);
                ended.add(program(c) + " case " + first(c) + " terminated on " + date(c));
            }
            s.append(ended.isEmpty() ? " and must be covered by dibao."
                    : ": " + String.join(", ", ended) + "; ending dibao must not push it back into poverty.");
        }
        return s.toString();
    }

    /** A finding a home visit confirmed (focus/HomeVisits): {@code 入户核查 = 重点排查抽样批次 7，2019-04-20}. */
    private static String homeVisit(Finding f, Map<String, String> e) {
        List<String> n = all(AMOUNT, e.get("入户核查").replaceAll("\\d{4}-\\d{2}-\\d{2}", ""));
        List<String> dates = all(DATE, e.get("入户核查"));
        boolean dibao = f.rule() == org.inspect.model.Rule.MISSED_DIBAO;
        return "A home visit (household sample run " + (n.isEmpty() ? "?" : n.get(0))
                + (dates.isEmpty() ? "" : ", " + dates.get(0)) + ") found the household eligible for "
                + (dibao ? "dibao" : "tekun support") + ", but it is not covered" + (dibao ? "" : " as tekun") + ".";
    }

    private static String missedTekun(Finding f, Map<String, String> e) {
        StringBuilder s = new StringBuilder("The person");
        String age = age(e.get("对象"));
        if (age != null) {
            s.append(" (aged ").append(age).append(')');
        }
        s.append(" has no capacity to work, no source of living (").append(lowerFirst(income(e, "below")))
                .append(") and no legal supporter able to support them, and no household member aged 16 to 59 can"
                        + " work; the person is not supported as tekun");
        String latest = e.get("最近不予批准或停保特困案件");
        if (latest != null) {
            s.append("; the tekun application was ").append(decision(latest)).append(" on ").append(date(latest))
                    .append(" (case ").append(first(latest)).append(')');
        }
        return s.append('.').toString();
    }

    private static String improperInclusion(Finding f, Map<String, String> e) {
        String c = e.getOrDefault("案件", nz(f.caseId()));
        String head = program(c) + " case " + nz(f.caseId()) + " is approved, but ";
        if ("Tekun".equals(program(c))) {
            if (!e.containsKey("对象")) {
                return head + "the supported person is not a member of the household, so tekun eligibility cannot"
                        + " be established.";
            }
            List<String> why = new ArrayList<>();
            if (e.getOrDefault("劳动能力", "").startsWith("有")) {
                why.add("has capacity to work by the national tekun standard");
            }
            if (e.getOrDefault("生活来源", "").startsWith("有")) {
                why.add("has a source of living (" + lowerFirst(String.join("; ", dibaoFailures(e))) + ")");
            }
            String able = e.getOrDefault("有能力的义务人或同户劳动力", "无");
            if (!"无".equals(able)) {
                why.add("has a legal supporter or household member able to support them");
            }
            return head + "the supported person does not meet the tekun conditions: "
                    + (why.isEmpty() ? "see the evidence" : String.join("; ", why)) + ".";
        }
        return head + lowerFirst(String.join("; ", dibaoFailures(e))) + ", so the household does not meet the dibao"
                + " conditions.";
    }

    private static List<String> dibaoFailures(Map<String, String> e) {
        List<String> out = new ArrayList<>();
        String pc = amount(e.get("家庭人均收入"));
        String std = amount(e.get("低保标准"));
        if (pc != null && std != null && number(pc) >= number(std)) {
            out.add(income(e, "not below"));
        }
        int defects = count(e, "财产不符");
        if (defects > 0) {
            out.add("the household's property exceeds the limits (" + defects + (defects == 1 ? " item)" : " items)"));
        }
        if (out.isEmpty()) {
            out.add("the household is not eligible");
        }
        return out;
    }

    private static String procedure(Finding f, Map<String, String> e) {
        List<String> defects = new ArrayList<>();
        for (int i = 1; e.containsKey("程序缺陷" + i); i++) {
            defects.add(defect(e.get("程序缺陷" + i)));
        }
        return program(e.getOrDefault("案件", "")) + " case " + nz(f.caseId()) + " is approved, but its procedure is"
                + " irregular: " + String.join("; ", defects) + ".";
    }

    private static String defect(String d) {
        if (d.startsWith("缺少")) {
            return "the " + switch (d.substring(2)) {
                case "入户调查日期" -> "home survey date";
                case "信息核对日期" -> "information check date";
                case "公示开始日期" -> "public notice start date";
                case "公示结束日期" -> "public notice end date";
                default -> "date";
            } + " is missing";
        }
        if (d.startsWith("公示期")) {
            List<String> n = all(AMOUNT, d.replaceAll("\\d{4}-\\d{2}-\\d{2}", ""));
            List<String> dates = all(DATE, d);
            return "the public notice ran " + n.get(0) + " days" + (dates.size() >= 2 ? " (" + dates.get(0) + " to "
                    + dates.get(1) + ", both days counted)" : "") + ", fewer than the required "
                    + (n.size() > 1 ? n.get(1) : "?") + " days";
        }
        if (d.startsWith("审批日期")) {
            List<String> dates = all(DATE, d);
            return dates.size() >= 2 ? "it was approved on " + dates.get(0) + ", before the public notice ended on "
                    + dates.get(1) : "it was approved before the public notice ended";
        }
        return "a procedural defect";
    }

    private static String illegalExclusion(Finding f, Map<String, String> e) {
        String c = e.getOrDefault("案件", "");
        return program(c) + " case " + nz(f.caseId()) + " was " + decision(c) + " on " + date(c) + " on the ground \""
                + criterion(f.criterion()) + "\", a threshold set outside the income and property conditions of the"
                + " national and provincial rules.";
    }

    private static String noWrittenConclusion(Finding f, Map<String, String> e) {
        String c = e.getOrDefault("案件", "");
        List<String> gaps = new ArrayList<>();
        if (!"是".equals(e.get("书面结论"))) {
            gaps.add("no written conclusion giving the reasons was made");
        }
        if (!"是".equals(e.get("备案"))) {
            gaps.add("it was not filed");
        }
        return program(c) + " case " + nz(f.caseId()) + " was " + decision(c) + " on " + date(c) + ", but "
                + String.join(" and ", gaps) + ".";
    }

    private static String uncoveredPoor(Finding f, Map<String, String> e) {
        String ids = ids(e.getOrDefault("建档立卡贫困户", nz(f.householdId())));
        if (e.containsKey("民政家庭名册")) {
            return "Registered poor household " + ids + " (not lifted out of poverty) matches no household of the"
                    + " civil-affairs rolls by identity number; it has neither dibao nor tekun, and no written"
                    + " conclusion against covering it.";
        }
        return "Registered poor household " + ids + " (not lifted out of poverty, matched to members of this"
                + " household by identity number) has neither dibao nor tekun, and no filed written conclusion"
                + " against covering it.";
    }

    private static String noDrive(Finding f, Map<String, String> e) {
        List<String> months = new ArrayList<>();
        int total = 0;
        int poor = 0;
        for (Map.Entry<String, String> m : e.entrySet()) {
            Matcher k = MONTH.matcher(m.getKey());
            if (k.matches()) {
                List<String> n = all(AMOUNT, m.getValue());
                int decisions = n.isEmpty() ? 0 : (int) number(n.get(0));
                total += decisions;
                poor += n.size() > 1 ? (int) number(n.get(1)) : 0;
                months.add(java.time.Month.of(Integer.parseInt(k.group(2))).getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + k.group(1) + ": "
                        + decisions);
            }
        }
        String year = e.getOrDefault("集中救助月份", "").replaceAll("\\D.*", "");
        return Counties.name(f.countyCode()) + " approved no temporary assistance in March" + (year.isEmpty() ? ""
                : " " + year) + ", so it did not hold the March temporary-assistance drive. Temporary assistance"
                + " approved by month of the campaign: " + String.join("; ", months) + " (" + total + " in all, "
                + poor + " of them for registered poor households).";
    }

    /** {@code Per-capita income 2,450 yuan, below the dibao standard of 4,800 yuan}. */
    private static String income(Map<String, String> e, String relation) {
        String pc = amount(e.get("家庭人均收入"));
        String std = amount(e.get("低保标准"));
        String whose = e.getOrDefault("低保标准", "").contains("全市默认") ? "the city-wide" : "the county's";
        return "Per-capita household income " + (pc == null ? "?" : pc) + " yuan is " + relation + " " + whose
                + " dibao standard of " + (std == null ? "?" : std) + " yuan";
    }

    private static String criterion(Criterion c) {
        if (c == null) {
            return "a condition outside the rules";
        }
        return switch (c) {
            case RELATIVE_VEHICLE -> "a child or relative owns a vehicle";
            case RELATIVE_HOUSE -> "a child or relative owns a house";
            case STATE_FUNDED -> "a member is paid from public funds";
            case LABOUR_CAPACITY -> "capacity to work";
            case REGISTERED_POOR_EXCLUSIVE -> "registered poor households take one benefit only";
            case QUOTA -> "the quota is used up";
        };
    }

    /** The programme named in a described case ({@code TK…，特困，批准，2019-01-05…}). */
    private static String program(String described) {
        String p = part(described, 1);
        return switch (p) {
            case "低保" -> "Dibao";
            case "特困" -> "Tekun";
            case "临时救助" -> "Temporary assistance";
            default -> "The";
        };
    }

    private static String decision(String described) {
        return switch (part(described, 2)) {
            case "批准" -> "approved";
            case "不予批准" -> "rejected";
            case "停保" -> "terminated";
            case "在办" -> "pending";
            default -> "decided";
        };
    }

    private static String date(String described) {
        String d = part(described, 3);
        return DATE.matcher(d).matches() ? d : "an unrecorded date";
    }

    private static String first(String described) {
        return part(described, 0);
    }

    private static String part(String described, int i) {
        String[] parts = described == null ? new String[0] : described.split("，");
        return i < parts.length ? parts[i].trim() : "";
    }

    private static String ids(String chineseList) {
        return chineseList.replace("、", ", ");
    }

    private static String age(String who) {
        if (who == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+) 岁").matcher(who);
        return m.find() ? m.group(1) : null;
    }

    private static int count(Map<String, String> e, String prefix) {
        int n = 0;
        while (e.containsKey(prefix + (n + 1))) {
            n++;
        }
        return n;
    }

    private static String amount(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static double number(String amount) {
        return Double.parseDouble(amount.replace(",", ""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
