package org.inspect.rules;

import static org.inspect.rules.Fixtures.COUNTY;
import static org.inspect.rules.Fixtures.coupleWithCarOwningSon;
import static org.inspect.rules.Fixtures.elderlyWidowAlone;
import static org.inspect.rules.Fixtures.engine;
import static org.inspect.rules.Fixtures.idAged;
import static org.inspect.rules.Fixtures.workingCoupleOnDibao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.inspect.model.AssetType;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Criterion;
import org.inspect.model.Decision;
import org.inspect.model.Finding;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Relation;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulesTest {

    private static List<Finding> findings(Fixtures.HouseholdBuilder b, Rule rule) {
        return engine().assess(b.build()).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Finding only(Fixtures.HouseholdBuilder b, Rule rule) {
        List<Finding> found = findings(b, rule);
        assertEquals(1, found.size(), () -> rule + ": " + found);
        return found.get(0);
    }

    // ---- MISSED_DIBAO ----------------------------------------------------------------------------------

    @Test
    void reportsMissedDibaoWithArithmeticAnOfficerCanCheck() {
        Fixtures.HouseholdBuilder b = new Fixtures.HouseholdBuilder("H-MD")
                .member(Relation.HEAD, "刘秀英", idAged(70, false), LabourCapacity.NONE)
                .member(Relation.GRANDCHILD, "刘小明", idAged(20, true), LabourCapacity.PARTIAL)
                .income(IncomeType.PENSION, "4900")
                .obligor(null, "王丽", idAged(45, false), Relation.CHILD, 2, "18000", null);
        List<Finding> found = engine(Fixtures.standardsWithCountyRow("4800")).assess(b.build()).findings().stream()
                .filter(f -> f.rule() == Rule.MISSED_DIBAO).toList();
        Finding f = found.get(0);
        assertEquals("家庭人均收入 2,450 元，低于本县低保标准 4,800 元，家庭财产符合规定；其女儿王丽家庭人均收入 9,000 元（18,000 元 ÷ 2 人），"
                + "低于低保标准 2 倍（9,600 元），视为无履行义务能力，不计赡养费；该户未纳入低保或特困供养。", f.detail());
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("二（二）、二（四）", f.clause());
        assertEquals(COUNTY, f.countyCode());
        assertEquals("H-MD", f.householdId());
        assertNull(f.caseId());
        assertNull(f.idNumber());
        assertEquals(List.of("家庭人均收入", "低保标准", "收入1", "收入合计", "义务人1", "赡养（抚养、扶养）费合计", "扣减合计",
                "家庭净收入", "家庭财产"), List.copyOf(f.evidence().keySet()));
        assertEquals("4,800 元（DIBAO_STANDARD，370902 泰山区行）", f.evidence().get("低保标准"));
    }

    @Test
    void namesTheCityWideRowWhenTheCountyHasNone() {
        Finding f = only(elderlyWidowAlone(), Rule.MISSED_DIBAO);
        assertTrue(f.detail().startsWith("家庭人均收入 2,400 元，低于低保标准 4,800 元（全市默认“*”行）"), f.detail());
    }

    @Test
    void pointsMissedDibaoAtTheLatestRefusal() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone()
                .refusal("C-OLD", Program.DIBAO, Decision.REJECTED, LocalDate.of(2018, 5, 1), "收入超标", true, true)
                .refusal("C-NEW", Program.TEKUN, Decision.TERMINATED, LocalDate.of(2018, 12, 1), "死亡", true, true)
                .refusal("C-TMP", Program.TEMPORARY, Decision.REJECTED, LocalDate.of(2019, 1, 1), "无", true, true);
        assertEquals("C-NEW", only(b, Rule.MISSED_DIBAO).caseId());
    }

    @Test
    void callsOutTheTerminationOfARegisteredPoorHousehold() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone()
                .refusal("C-STOP", Program.DIBAO, Decision.TERMINATED, LocalDate.of(2019, 1, 5), "已脱贫", true, true)
                .registeredPoor("P-001", PovertyStatus.NOT_LIFTED);
        Finding f = only(b, Rule.MISSED_DIBAO);
        assertTrue(f.detail().contains("该户为建档立卡贫困户（P-001），其低保于 2019-01-05 被停保（案件 C-STOP），不得因取消低保导致返贫。"),
                f.detail());
        assertEquals("P-001", f.evidence().get("建档立卡贫困户"));
    }

    static Stream<Arguments> coverage() {
        return Stream.<Arguments>of(
                Arguments.of("approved dibao", (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.approved("C1",
                        Program.DIBAO, null), 0),
                Arguments.of("approved tekun of a member", (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.approved(
                        "C1", Program.TEKUN, null), 0),
                Arguments.of("pending dibao", (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.caseRow(
                        new AssistanceCase("C1", "H-WIDOW", Program.DIBAO, b.headId(), LocalDate.of(2019, 2, 1),
                                Decision.PENDING, null, null, null, null, null, null, null, null, null, null, null)), 1),
                Arguments.of("approved temporary assistance", (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.approved(
                        "C1", Program.TEMPORARY, null), 1),
                Arguments.of("nothing", UnaryOperator.<Fixtures.HouseholdBuilder>identity(), 1));
    }

    @ParameterizedTest(name = "{0}: {2} finding(s)")
    @MethodSource("coverage")
    void reportsMissedDibaoOnlyWhenNotCovered(String name, UnaryOperator<Fixtures.HouseholdBuilder> cases, int count) {
        assertEquals(count, findings(cases.apply(elderlyWidowAlone()), Rule.MISSED_DIBAO).size(), name);
    }

    @Test
    void reportsNoMissedDibaoForAnIneligibleHousehold() {
        assertEquals(List.of(), findings(elderlyWidowAlone().income(IncomeType.WAGE, "2400"), Rule.MISSED_DIBAO));
        assertEquals(List.of(), findings(elderlyWidowAlone().asset(AssetType.HOUSE, "90000", false, "县城商品房"),
                Rule.MISSED_DIBAO));
    }

    // ---- MISSED_TEKUN ----------------------------------------------------------------------------------

    @Test
    void reportsMissedTekunEvenWhenTheHouseholdIsOnDibao() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone().approved("C-DB", Program.DIBAO, null)
                .refusalOf("C-TK", Program.TEKUN, null, Decision.REJECTED, LocalDate.of(2018, 9, 9), "有低保", true, true);
        Finding f = only(b, Rule.MISSED_TEKUN);
        assertEquals(b.headId(), f.idNumber());
        assertEquals("H-WIDOW", f.householdId());
        assertEquals("C-TK", f.caseId());
        assertTrue(f.detail().startsWith("户主刘秀英年满 60 周岁（72 岁），无劳动能力；家庭人均收入 2,400 元"), f.detail());
        assertTrue(f.detail().contains("（该户虽已纳入低保，仍应纳入特困供养）"), f.detail());
        assertEquals(List.of(), findings(b, Rule.MISSED_DIBAO));
    }

    @Test
    void reportsMissedTekunPerPersonAndNotForOneWithApprovedTekun() {
        Fixtures.HouseholdBuilder b = coupleWithCarOwningSon();
        b.approved("C-TK-WIFE", Program.TEKUN, b.memberId(1));
        List<Finding> found = findings(b, Rule.MISSED_TEKUN);
        assertEquals(List.of(b.headId()), found.stream().map(Finding::idNumber).toList());
        assertNull(found.get(0).caseId(), "the household's dibao refusal is not the person's tekun case");
    }

    @Test
    void explainsWhyTheObligorOfAMissedTekunPersonCannotSupport() {
        Fixtures.HouseholdBuilder b = coupleWithCarOwningSon();
        Finding head = findings(b, Rule.MISSED_TEKUN).get(0);
        assertEquals("户主王大山年满 60 周岁（68 岁），无劳动能力；家庭人均收入 1,500 元，低于低保标准 4,800 元（全市默认“*”行），"
                + "无生活来源；无有履行能力的法定义务人（其儿子王强家庭人均收入 8,333.33 元（25,000 元 ÷ 3 人），低于低保标准 2 倍"
                + "（9,600 元），视为无履行义务能力，不计赡养费），同户无 16 至 59 周岁有劳动能力的成员；未纳入特困供养。", head.detail());
        assertEquals("无（年满 60 周岁（68 岁）；名册登记为“部分”）", head.evidence().get("劳动能力"));
    }

    // ---- IMPROPER_INCLUSION ----------------------------------------------------------------------------

    @Test
    void reportsImproperDibaoInclusionWithTheReason() {
        Finding f = only(workingCoupleOnDibao(), Rule.IMPROPER_INCLUSION);
        assertEquals("C-WORK-1", f.caseId());
        assertEquals("低保案件 C-WORK-1 已批准，但家庭人均收入 18,000 元，不低于低保标准 4,800 元（全市默认“*”行），不符合低保条件。",
                f.detail());
    }

    @Test
    void reportsImproperDibaoInclusionForPropertyAlone() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone().approved("C1", Program.DIBAO, null)
                .asset(AssetType.VEHICLE, "80000", false, "轿车");
        Finding f = only(b, Rule.IMPROPER_INCLUSION);
        assertTrue(f.detail().contains("家庭财产不符合规定：有非生产生活必需的车辆（轿车），价值 80,000 元，超过非金融财产限额 30,000 元"),
                f.detail());
        assertTrue(f.evidence().containsKey("财产不符1"));
    }

    @Test
    void reportsImproperTekunInclusionOfAWorkingAgePerson() {
        Fixtures.HouseholdBuilder b = workingCoupleOnDibao();
        b.approved("C-TK", Program.TEKUN, b.memberId(1));
        List<Finding> found = findings(b, Rule.IMPROPER_INCLUSION);
        assertEquals(List.of("C-WORK-1", "C-TK"), found.stream().map(Finding::caseId).toList());
        String detail = found.get(1).detail();
        assertTrue(detail.startsWith("特困案件 C-TK 已批准，但配偶孙丽（38 岁）不符合特困条件：按国家特困人员认定标准有劳动能力"), detail);
        assertTrue(detail.contains("有有能力的赡养（抚养、扶养）人：同户成员户主赵刚（40 岁）有劳动能力"), detail);
    }

    @Test
    void reportsNoImproperInclusionOfAnEligibleHousehold() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone().approved("C1", Program.DIBAO, null);
        b.approved("C2", Program.TEKUN, null);
        assertEquals(List.of(), findings(b, Rule.IMPROPER_INCLUSION));
    }

    // ---- PROCEDURE_VIOLATION ---------------------------------------------------------------------------

    private static AssistanceCase procedure(LocalDate survey, LocalDate infoCheck, LocalDate start, LocalDate end,
            LocalDate decision) {
        return new AssistanceCase("C-P", "H-WIDOW", Program.DIBAO, "x", LocalDate.of(2018, 10, 1), Decision.APPROVED,
                decision, null, null, survey, null, infoCheck, null, start, end, null, null);
    }

    private static final LocalDate SURVEY = LocalDate.of(2018, 10, 10);
    private static final LocalDate START = LocalDate.of(2018, 11, 1);

    static Stream<Arguments> procedures() {
        LocalDate seventh = START.plusDays(6);
        return Stream.of(
                Arguments.of("complete, 7-day notice, decided on its last day",
                        procedure(SURVEY, SURVEY, START, seventh, seventh), List.of()),
                Arguments.of("6-day notice",
                        procedure(SURVEY, SURVEY, START, START.plusDays(5), seventh),
                        List.of("公示期 6 天（2018-11-01 至 2018-11-06，首尾两日均计入），少于规定的 7 天（NOTICE_MIN_DAYS，全市默认“*”行）")),
                Arguments.of("decided the day before the notice ended",
                        procedure(SURVEY, SURVEY, START, seventh, START.plusDays(5)),
                        List.of("审批日期 2018-11-06 早于公示结束日期 2018-11-07")),
                Arguments.of("no survey", procedure(null, SURVEY, START, seventh, seventh), List.of("缺少入户调查日期")),
                Arguments.of("no information check", procedure(SURVEY, null, START, seventh, seventh),
                        List.of("缺少信息核对日期")),
                Arguments.of("no notice at all", procedure(SURVEY, SURVEY, null, null, seventh),
                        List.of("缺少公示开始日期", "缺少公示结束日期")),
                Arguments.of("every defect at once", procedure(null, null, START, START.plusDays(2), START),
                        List.of("缺少入户调查日期", "缺少信息核对日期",
                                "公示期 3 天（2018-11-01 至 2018-11-03，首尾两日均计入），少于规定的 7 天（NOTICE_MIN_DAYS，全市默认“*”行）",
                                "审批日期 2018-11-01 早于公示结束日期 2018-11-03")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void listsEveryProcedureDefectOfAnApprovedCase(String name, AssistanceCase c, List<String> defects) {
        List<Finding> found = findings(elderlyWidowAlone().caseRow(c), Rule.PROCEDURE_VIOLATION);
        if (defects.isEmpty()) {
            assertEquals(List.of(), found, name);
            return;
        }
        Finding f = found.get(0);
        assertEquals("低保案件 C-P 已批准，但程序不合规：" + String.join("；", defects) + "。", f.detail());
        assertEquals("C-P", f.caseId());
        for (int i = 0; i < defects.size(); i++) {
            assertEquals(defects.get(i), f.evidence().get("程序缺陷" + (i + 1)));
        }
    }

    @Test
    void checksTheProcedureOfApprovedCasesOnly() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone()
                .refusal("C-R", Program.DIBAO, Decision.REJECTED, LocalDate.of(2018, 1, 1), "收入超标", true, true);
        assertEquals(List.of(), findings(b, Rule.PROCEDURE_VIOLATION));
    }

    // ---- ILLEGAL_EXCLUSION -----------------------------------------------------------------------------

    @Test
    void reportsOneIllegalExclusionPerCriterion() {
        Fixtures.HouseholdBuilder b = workingCoupleOnDibao()
                .refusal("C-X", Program.TEKUN, Decision.TERMINATED, LocalDate.of(2018, 6, 1),
                        "儿子在县城买房，女儿有轿车，女婿也有面包车", true, true);
        List<Finding> found = findings(b, Rule.ILLEGAL_EXCLUSION);
        assertEquals(List.of(Criterion.RELATIVE_HOUSE, Criterion.RELATIVE_VEHICLE),
                found.stream().map(Finding::criterion).toList());
        Finding vehicle = found.get(1);
        assertEquals("C-X", vehicle.caseId());
        assertEquals("“女儿有轿车”、“女婿也有面包车”", vehicle.evidence().get("匹配词句"));
        assertEquals("子女（户外）财产、子女配偶（户外）财产", vehicle.evidence().get("所涉对象"));
        assertEquals("特困案件 C-X 于 2018-06-01 停保，理由中“女儿有轿车”系子女（户外）财产，属于“子女有机动车”类排除性条件；"
                + "理由中“女婿也有面包车”系子女配偶（户外）财产，属于“子女有机动车”类排除性条件，"
                + "是在国家和省市规定的收入、财产认定条件之外人为设置的门槛。", vehicle.detail());
    }

    @Test
    void reportsIllegalExclusionWhateverTheEligibility() {
        assertEquals(Criterion.RELATIVE_VEHICLE, only(coupleWithCarOwningSon(), Rule.ILLEGAL_EXCLUSION).criterion());
        Fixtures.HouseholdBuilder rich = workingCoupleOnDibao()
                .refusal("C-Q", Program.DIBAO, Decision.REJECTED, LocalDate.of(2018, 6, 1), "名额已满", true, true);
        assertEquals(Criterion.QUOTA, only(rich, Rule.ILLEGAL_EXCLUSION).criterion());
    }

    @Test
    void ignoresLawfulReasonsAndApprovedCases() {
        Fixtures.HouseholdBuilder b = elderlyWidowAlone()
                .refusal("C-L", Program.DIBAO, Decision.REJECTED, LocalDate.of(2018, 6, 1), "本户名下有非必需轿车", true, true)
                .caseRow(new AssistanceCase("C-A", "H-WIDOW", Program.DIBAO, "x", null, Decision.APPROVED,
                        LocalDate.of(2018, 6, 1), "儿子有小轿车但仍批准", null, SURVEY, null, SURVEY, null, START,
                        START.plusDays(6), null, null));
        assertEquals(List.of(), findings(b, Rule.ILLEGAL_EXCLUSION));
    }

    // ---- NO_WRITTEN_CONCLUSION -------------------------------------------------------------------------

    static Stream<Arguments> conclusions() {
        return Stream.of(
                Arguments.of(true, true, Decision.REJECTED, null),
                Arguments.of(false, true, Decision.REJECTED, "未作出书面结论说明原因"),
                Arguments.of(true, false, Decision.TERMINATED, "未备案"),
                Arguments.of(null, null, Decision.TERMINATED, "未作出书面结论说明原因，未备案"));
    }

    @ParameterizedTest(name = "written={0} filed={1} {2}")
    @MethodSource("conclusions")
    void reportsARefusalWithoutAFiledWrittenConclusion(Boolean written, Boolean filed, Decision decision,
            String gaps) {
        Fixtures.HouseholdBuilder b = workingCoupleOnDibao()
                .refusal("C-N", Program.DIBAO, decision, LocalDate.of(2018, 6, 1), "收入超标", written, filed);
        List<Finding> found = findings(b, Rule.NO_WRITTEN_CONCLUSION);
        if (gaps == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals("低保案件 C-N 于 2018-06-01 " + decision.chinese() + "，" + gaps + "。", found.get(0).detail());
        assertEquals(Severity.LOW, found.get(0).severity());
    }

    @Test
    void needsNoWrittenConclusionForTemporaryAssistance() {
        Fixtures.HouseholdBuilder b = workingCoupleOnDibao()
                .refusal("C-T", Program.TEMPORARY, Decision.REJECTED, LocalDate.of(2018, 6, 1), "名额已满", false, false);
        assertEquals(List.of(), findings(b, Rule.NO_WRITTEN_CONCLUSION));
        assertEquals(List.of(), findings(b, Rule.ILLEGAL_EXCLUSION));
    }

    // ---- UNCOVERED_REGISTERED_POOR ---------------------------------------------------------------------

    static Stream<Arguments> registeredPoor() {
        UnaryOperator<Fixtures.HouseholdBuilder> none = UnaryOperator.identity();
        return Stream.of(
                Arguments.of("not lifted, uncovered, no conclusion", PovertyStatus.NOT_LIFTED, none, 1),
                Arguments.of("lifted", PovertyStatus.LIFTED, none, 0),
                Arguments.of("covered by dibao", PovertyStatus.NOT_LIFTED,
                        (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.approved("C1", Program.DIBAO, null), 0),
                Arguments.of("refused with a filed written conclusion", PovertyStatus.NOT_LIFTED,
                        (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.refusal("C1", Program.DIBAO, Decision.REJECTED,
                                LocalDate.of(2018, 6, 1), "收入超标", true, true), 0),
                Arguments.of("refused, conclusion not filed", PovertyStatus.NOT_LIFTED,
                        (UnaryOperator<Fixtures.HouseholdBuilder>) b -> b.refusal("C1", Program.DIBAO, Decision.REJECTED,
                                LocalDate.of(2018, 6, 1), "收入超标", true, false), 1));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("registeredPoor")
    void reportsAnUncoveredRegisteredPoorHousehold(String name, PovertyStatus status,
            UnaryOperator<Fixtures.HouseholdBuilder> cases, int count) {
        Fixtures.HouseholdBuilder b = cases.apply(workingCoupleOnDibaoWithoutCase().registeredPoor("P-9", status));
        List<Finding> found = findings(b, Rule.UNCOVERED_REGISTERED_POOR);
        assertEquals(count, found.size(), name);
        if (count == 1) {
            assertEquals("H-REG", found.get(0).householdId());
            assertNull(found.get(0).caseId());
            assertTrue(found.get(0).detail().startsWith("建档立卡贫困户 P-9（未脱贫"), found.get(0).detail());
        }
    }

    private static Fixtures.HouseholdBuilder workingCoupleOnDibaoWithoutCase() {
        return new Fixtures.HouseholdBuilder("H-REG")
                .member(Relation.HEAD, "赵刚", idAged(40, true), LabourCapacity.FULL)
                .income(IncomeType.WAGE, "36000");
    }

    @Test
    void reportsAnUnmatchedRegisteredPoorHouseholdUnderItsOwnId() {
        List<RegisteredPoorPerson> rows = List.of(
                new RegisteredPoorPerson("P-77", idAged(50, true), "陈明", "370923", PovertyStatus.NOT_LIFTED, "因残"),
                new RegisteredPoorPerson("P-77", idAged(48, false), "周芳", "370923", PovertyStatus.NOT_LIFTED, "因残"));
        Finding f = engine().unmatchedRegisteredPoor("P-77", rows);
        assertEquals(Rule.UNCOVERED_REGISTERED_POOR, f.rule());
        assertEquals("P-77", f.householdId());
        assertEquals("370923", f.countyCode());
        assertNull(f.caseId());
        assertNull(f.idNumber());
        assertTrue(f.detail().contains("2 人：陈明、周芳"), f.detail());
        List<RegisteredPoorPerson> lifted = rows.stream().map(p -> new RegisteredPoorPerson(p.poorHouseholdId(),
                p.idNumber(), p.name(), p.countyCode(), PovertyStatus.LIFTED, null)).toList();
        assertNull(engine().unmatchedRegisteredPoor("P-77", lifted));
    }
}
