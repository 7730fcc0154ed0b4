package org.inspect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.inspect.error.BadInputException;
import org.inspect.model.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExclusionCriteriaTest {

    static final ExclusionCriteria CRITERIA = ExclusionCriteria.load(Path.of("config/reason-words.txt"));

    static Stream<Arguments> blanketReasons() {
        return Stream.of(
                Arguments.of("儿子有小轿车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("子女有机动车，不予批准", Criterion.RELATIVE_VEHICLE),
                Arguments.of("儿子家有轿车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("其子家中有车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("经调查，大儿子名下有私家车一辆，不符合条件", Criterion.RELATIVE_VEHICLE),
                Arguments.of("二女儿购买了小汽车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("女婿有面包车一辆", Criterion.RELATIVE_VEHICLE),
                Arguments.of("儿媳妇开办公司并有货车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("申请人孙子买车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("其女已购置车辆", Criterion.RELATIVE_VEHICLE),
                Arguments.of("赡养义务人有机动车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("其子购买小型客车一辆", Criterion.RELATIVE_VEHICLE),
                Arguments.of("儿子名下登记有机动车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("女儿已出嫁，有轿车", Criterion.RELATIVE_VEHICLE),
                Arguments.of("子女在县城买房", Criterion.RELATIVE_HOUSE),
                Arguments.of("女儿在县城买房", Criterion.RELATIVE_HOUSE),
                Arguments.of("女儿在城区有楼房", Criterion.RELATIVE_HOUSE),
                Arguments.of("子女名下有商品房", Criterion.RELATIVE_HOUSE),
                Arguments.of("儿子在市区购房，停发低保", Criterion.RELATIVE_HOUSE),
                Arguments.of("其子在泰安有住房", Criterion.RELATIVE_HOUSE),
                Arguments.of("小儿子盖了新房", Criterion.RELATIVE_HOUSE),
                Arguments.of("兄弟在县城定居", Criterion.RELATIVE_HOUSE),
                Arguments.of("子女均有稳定工作，在城区购有住房", Criterion.RELATIVE_HOUSE),
                Arguments.of("户主之子名下有门面房", Criterion.RELATIVE_HOUSE),
                Arguments.of("因其儿子买了楼", Criterion.RELATIVE_HOUSE),
                Arguments.of("大女儿家在城里买了商品房", Criterion.RELATIVE_HOUSE),
                Arguments.of("财政供养人员", Criterion.STATE_FUNDED),
                Arguments.of("儿媳是公务员", Criterion.STATE_FUNDED),
                Arguments.of("子女在事业单位工作", Criterion.STATE_FUNDED),
                Arguments.of("女儿系在编教师，不予纳入", Criterion.STATE_FUNDED),
                Arguments.of("户主为村干部", Criterion.STATE_FUNDED),
                Arguments.of("家庭成员中有财政供养人员", Criterion.STATE_FUNDED),
                Arguments.of("有劳动能力", Criterion.LABOUR_CAPACITY),
                Arguments.of("劳动力健全", Criterion.LABOUR_CAPACITY),
                Arguments.of("身体健康能劳动，不予批准", Criterion.LABOUR_CAPACITY),
                Arguments.of("申请人具有劳动能力，可以外出务工", Criterion.LABOUR_CAPACITY),
                Arguments.of("家中有青壮年劳动力", Criterion.LABOUR_CAPACITY),
                Arguments.of("已享受扶贫政策", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("已是建档立卡户", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("建档立卡户不再纳入低保", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("享受扶贫不能享受低保", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("该户已纳入精准扶贫，停保", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("扶贫和低保二选一", Criterion.REGISTERED_POOR_EXCLUSIVE),
                Arguments.of("名额已满", Criterion.QUOTA),
                Arguments.of("超出乡镇下达的低保指标", Criterion.QUOTA),
                Arguments.of("超出指标", Criterion.QUOTA),
                Arguments.of("本村指标有限，暂不纳入", Criterion.QUOTA),
                Arguments.of("受名额限制", Criterion.QUOTA),
                Arguments.of("实行总量控制", Criterion.QUOTA));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("blanketReasons")
    void findsTheBlanketCriterionInARealPhrasing(String reason, Criterion expected) {
        List<CriterionMatch> found = CRITERIA.find(reason);
        assertEquals(Set.of(expected), criteria(found), reason);
        CriterionMatch m = found.get(0);
        assertEquals(reason.substring(m.start(), m.end()), m.words());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本户名下有非必需轿车",
        "申请人家庭拥有机动车一辆",
        "家庭有商品房两套",
        "家庭人均收入超过低保标准",
        "子女在外务工，赡养费已计入收入",
        "无劳动能力",
        "申请人没有劳动能力，但家庭人均收入高于低保标准",
        "丧失劳动能力，收入超标",
        "儿子无房无车，但本户存款超过规定",
        "与儿子共同居住的房屋为自建房",
        "户内儿子名下有非必需轿车",
        "儿子是货车司机，工资收入计入家庭收入后超过标准",
        "申请人不是建档立卡贫困户",
        "家庭财产超过规定",
        "不能外出务工，但人均收入高于标准",
        "自愿放弃",
        "申请人有一辆小轿车",
        "家有轿车一辆",
        "儿子在外务工，家庭有商品房两套",
        "儿子去世，本户名下有非必需轿车",
        "子女没有车辆",
        "儿子残疾，无劳动能力",
        "该户属建档立卡贫困户，经核查人均收入超过标准",
        "死亡注销",
    })
    void findsNothingInALawfulReason(String reason) {
        assertEquals(List.of(), CRITERIA.find(reason), reason);
    }

    @Test
    void countsLabourCapacityOnlyWhenItIsTheSoleReason() {
        assertEquals(Set.of(Criterion.LABOUR_CAPACITY), criteria(CRITERIA.find("申请人有劳动能力，不予批准")));
        assertEquals(Set.of(), criteria(CRITERIA.find("有劳动能力，且家庭人均收入超过低保标准")));
        assertEquals(Set.of(Criterion.LABOUR_CAPACITY),
                criteria(CRITERIA.find("有劳动能力，家庭人均收入未超过低保标准但不予批准")));
    }

    @Test
    void findsEveryCriterionOfAReasonInOrder() {
        List<CriterionMatch> found = CRITERIA.find("儿子在县城买房，女儿有轿车，且本村名额已满");
        assertEquals(List.of(Criterion.RELATIVE_HOUSE, Criterion.RELATIVE_VEHICLE, Criterion.QUOTA),
                found.stream().map(CriterionMatch::criterion).toList());
        assertEquals("儿子在县城买房", found.get(0).words());
    }

    @Test
    void findsNothingInAnEmptyReason() {
        assertEquals(List.of(), CRITERIA.find(null));
        assertEquals(List.of(), CRITERIA.find("  "));
    }

    @Test
    void loadsTheShippedFileThroughTheClasspath() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(".").toAbsolutePath().toUri().toURL()},
                null)) {
            ExclusionCriteria fromJar = ExclusionCriteria.fromClasspath(loader);
            assertEquals(Set.of(Criterion.RELATIVE_VEHICLE), criteria(fromJar.find("儿子有小轿车")));
        }
    }

    @Test
    void reportsAMissingClasspathResource() {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            BadInputException e = assertThrows(BadInputException.class, () -> ExclusionCriteria.fromClasspath(empty));
            assertTrue(e.getMessage().contains("/config/reason-words.txt"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsAWordACityAddsToItsList() throws Exception {
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Path.of("config/reason-words.txt")));
        assertEquals(Set.of(), criteria(CRITERIA.find("儿子有电动三轮")));
        lines.add("VEHICLE\t电动三轮");
        lines.add("SOLE\t名额指标限制");
        ExclusionCriteria extended = ExclusionCriteria.parse(lines, "city");
        assertEquals(Set.of(Criterion.RELATIVE_VEHICLE), criteria(extended.find("儿子有电动三轮")));
        assertEquals(Set.of(), criteria(extended.find("名额已满，且家庭人均收入超过低保标准")));
    }

    @Test
    void quotesTheWordsAndSaysWhoseTheyAre() {
        CriterionMatch m = CRITERIA.find("经调查，其子有轿车一辆，不予纳入").get(0);
        assertEquals("理由中“其子有轿车”系子女（户外）财产，属于“子女有机动车”类排除性条件", m.sentence());
        CriterionMatch carried = CRITERIA.find("三个子女均在外地工作，且购房安家").get(0);
        assertEquals("三个子女均在外地工作，且购房安家", carried.words());
        assertEquals("子女（户外）财产", carried.whose());
        CriterionMatch inLaw = CRITERIA.find("户主有劳动能力，儿媳是公务员").get(1);
        assertEquals("儿媳是公务员", inLaw.words());
        assertEquals("子女配偶（户外）身份", inLaw.whose());
    }

    @Test
    void readsFullWidthSpacedAndMistypedTextAndQuotesItAsTyped() {
        CriterionMatch m = CRITERIA.find("经查，其子 有 桥车 一辆").get(0);
        assertEquals(Criterion.RELATIVE_VEHICLE, m.criterion());
        assertEquals("其子 有 桥车", m.words());
        assertEquals(Set.of(Criterion.QUOTA), criteria(CRITERIA.find("名额以满！")));
    }

    @Test
    void readsWhoEachClauseIsAboutCarryingTheSubjectOver() {
        ReasonReading r = CRITERIA.read("儿子与申请人同户，有轿车一辆；女儿已出嫁，在城区有楼房，不予纳入");
        assertEquals(List.of(Whom.Kind.RELATIVE_INSIDE, Whom.Kind.RELATIVE_INSIDE, Whom.Kind.RELATIVE_OUTSIDE,
                Whom.Kind.RELATIVE_OUTSIDE, Whom.Kind.RELATIVE_OUTSIDE), r.clauses().stream().map(c -> c.whom().kind()).toList());
        assertEquals(List.of(false, true, false, true, true), r.clauses().stream().map(ReadClause::carried).toList());
        assertEquals(Set.of(Criterion.RELATIVE_HOUSE), criteria(r.criteria()));
        assertEquals(List.of(LawfulGround.OWN_PROPERTY), r.grounds().stream().map(ReadClause.Ground::ground).toList());
    }

    @Test
    void tellsWhatIsSaidFromWhatIsDenied() {
        ReasonReading r = CRITERIA.read("申请人无车无房，不是公务员，未享受扶贫政策，家庭人均收入超过低保标准");
        assertEquals(List.of(), r.criteria());
        assertTrue(r.clauses().stream().flatMap(c -> c.said().stream()).allMatch(ReadClause.Said::denied));
        assertEquals(4, r.clauses().stream().mapToLong(c -> c.said().size()).sum());
    }

    @Test
    void leavesARelativesPropertyBesideALawfulGroundToAPerson() {
        ReasonReading r = CRITERIA.read("儿子有小轿车一辆，家庭人均收入超过低保标准");
        assertEquals(List.of(), r.criteria());
        assertTrue(r.needsPersonsReading());
        assertTrue(r.needsReading().get(0).startsWith("“儿子有小轿车”系子女（户外）财产"), r.needsReading().get(0));
        assertFalse(CRITERIA.read("儿子有小轿车一辆，不予纳入").needsPersonsReading());
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void rejectsABadLineNamingItsNumber(String line, String expectedWords) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> ExclusionCriteria.parse(List.of("# header", line), "words.txt"));
        assertTrue(e.getMessage().startsWith("words.txt line 2"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("NOT_A_KIND\tx", "unknown kind 'NOT_A_KIND'"),
                Arguments.of("TYPO\t桥车\t小轿车", "same number of characters"),
                Arguments.of("SOLE\tNOT_A_CRITERION", "unknown criterion"),
                Arguments.of("VEHICLE", "expected KIND<TAB>word word"));
    }

    private static Set<Criterion> criteria(List<CriterionMatch> found) {
        return found.stream().map(CriterionMatch::criterion).collect(Collectors.toSet());
    }
}
