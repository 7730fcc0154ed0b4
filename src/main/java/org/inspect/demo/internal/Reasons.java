package org.inspect.demo.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.model.Criterion;

/**
 * Decision reasons as county clerks write them, each tagged with the blanket exclusion criteria it relies
 * on (rules.md section 6). The lawful ones carry no criterion even where they look alike (the household's
 * own car or flat, support from children already counted); the oracle takes the criteria from this table,
 * so the answer key and the text written can never disagree.
 */
final class Reasons {

    private static final Map<String, Set<Criterion>> TAGS = new LinkedHashMap<>();

    /** Illegal phrasings per single criterion. */
    static final Map<Criterion, List<String>> ILLEGAL = new LinkedHashMap<>();
    /** Reasons relying on two criteria at once. */
    static final List<String> COMBINED = List.of(
            "其子在县城有楼房且有小轿车一辆，不予纳入",
            "户主有劳动能力，且已享受扶贫政策",
            "本村名额已满，且儿媳系事业单位在编教师",
            "女儿在城区有楼房，女婿系公务员",
            "大儿子在城里买了楼二儿子有面包车不符合条件",
            "经调查：子女均已在县城安家，且家中劳动力健全。",
            "女婿为县直单位在编人员，村里今年名额也已用完");

    /** Lawful: the household's income is over the standard (the first also ends some cases with a termination). */
    static final List<String> INCOME_OVER = List.of(
            "家庭人均收入超过低保标准",
            "经核算家庭人均收入高于当地低保标准，不符合条件",
            "经入户调查核实，家庭人均收入超标",
            "儿子在外地打工，经核算家庭人均收入高于低保标准",
            "申请人无车无房，但家庭人均收入超过当地低保标准",
            "子女均未购房买车，家庭人均收入超过标准");
    /** Lawful, yet naming a relative's property beside the ground with no link to the decision: 需人工研判. */
    static final List<String> NEEDS_READING = List.of(
            "女儿在城区购有楼房，经核算家庭人均收入高于低保标准",
            "其子有货车一辆跑运输，家庭人均收入超标");
    /** Lawful: the household itself owns a non-necessary car (a son living in it counts as the household). */
    static final List<String> OWN_CAR = List.of(
            "本户名下有非必需轿车一辆",
            "儿子与申请人共同生活，名下有小轿车一辆，非生活必需",
            "户内儿子名下有非必需轿车",
            "申请人家庭拥有机动车一辆 , 非生活必需");
    /** Lawful: the household itself owns a second, non-necessary flat. */
    static final List<String> OWN_HOUSE = List.of(
            "本户在城区另有商品房一套，非生活必需",
            "申请人在县城购有商品房一套，非生活必需",
            "儿子儿媳与申请人同住，家庭另有楼房一套");
    /** Lawful: the household's deposits are over the limit. */
    static final List<String> DEPOSITS = List.of(
            "家庭存款超过规定标准",
            "儿子无房无车，但本户存款超过规定",
            "家庭成员中无财政供养人员，但家庭存款超过规定标准");
    /** Lawful: support from children was computed and counted. */
    static final List<String> SUPPORT_COUNTED = List.of(
            "经核算，子女应付赡养费已计入家庭收入，人均收入超过低保标准",
            "儿子有轿车，按规定核算其应付赡养费计入家庭收入后，人均收入超过低保标准",
            "女儿系公务员，其应承担的赡养费计入后家庭人均收入超标");
    /** Lawful wording of a termination. */
    static final List<String> TERMINATION = List.of(
            "经复核，家庭经济状况好转，予以停保",
            "家庭收入增加，超过低保标准，予以停保");
    /** A tekun refusal citing a supporter (no blanket criterion; whether it holds is a matter of data). */
    static final String HAS_SUPPORTER = "其有法定赡养义务人，不符合特困供养条件";

    static {
        ILLEGAL.put(Criterion.RELATIVE_VEHICLE, List.of(
                "女儿家有小轿车一辆",
                "其子名下有机动车，不符合低保条件",
                "儿子家有轿车",
                "子女有机动车辆",
                "经查其女婿名下登记有小型汽车一辆",
                "其子购有货车一辆跑运输",
                "儿子 买了 小轿车，不予纳入",
                "二女儿有私家车,生活条件好",
                "其子有桥车一辆。",
                "儿子已分户，有汽车一辆，不符合条件",
                "外孙名下有越野车"));
        ILLEGAL.put(Criterion.RELATIVE_HOUSE, List.of(
                "经入户调查，其子在县城购有商品房，不符合低保条件",
                "女儿在城区有楼房",
                "子女在县城买房",
                "其子在泰安市区购买住房一套",
                "儿子在镇驻地有二层楼房",
                "儿子均在外地工作，并已购房定居",
                "其女已出嫁，在县城有住房",
                "儿子在县成买了房子；不予纳入",
                "哥哥在城区有两套楼房"));
        ILLEGAL.put(Criterion.STATE_FUNDED, List.of(
                "儿媳系事业单位在编人员",
                "其女儿是公务员",
                "子女在事业单位工作",
                "家庭成员中有财政供养人员",
                "其女婿为乡镇公务员，属财政供养人员",
                "儿子在县法院上班，吃财政饭",
                "其子系公物员，不予批准",
                "女儿是在编教师"));
        ILLEGAL.put(Criterion.LABOUR_CAPACITY, List.of(
                "该户有劳动能力",
                "申请人劳动力健全",
                "户主有劳动能力，不予纳入",
                "家中有劳动能力人员，应自食其力",
                "本人身体健康，具有劳动能力",
                "申请人年轻力壮，能外出打工",
                "夫妻均未丧失劳动能力"));
        ILLEGAL.put(Criterion.REGISTERED_POOR_EXCLUSIVE, List.of(
                "已享受扶贫政策，不再重复纳入",
                "建档立卡户不再纳入低保",
                "已纳入建档立卡贫困户享受帮扶",
                "已享受精准扶贫政策，二者只能选其一",
                "已享受产业扶贫分红，不能同时享受低保",
                "该户是贫困户 已经享受扶贫了"));
        ILLEGAL.put(Criterion.QUOTA, List.of(
                "本村低保名额已满",
                "超出乡镇下达的低保指标",
                "名额有限，暂不纳入",
                "今年指标已用完",
                "全村低保户比例超标，暂缓纳入",
                "按上级要求压减低保人数，予以停保",
                "每村限报两户，该户排名靠后",
                "名额以满"));
        ILLEGAL.forEach((c, phrases) -> phrases.forEach(p -> TAGS.put(p, EnumSet.of(c))));
        TAGS.put(COMBINED.get(0), EnumSet.of(Criterion.RELATIVE_VEHICLE, Criterion.RELATIVE_HOUSE));
        TAGS.put(COMBINED.get(1), EnumSet.of(Criterion.LABOUR_CAPACITY, Criterion.REGISTERED_POOR_EXCLUSIVE));
        TAGS.put(COMBINED.get(2), EnumSet.of(Criterion.QUOTA, Criterion.STATE_FUNDED));
        TAGS.put(COMBINED.get(3), EnumSet.of(Criterion.RELATIVE_HOUSE, Criterion.STATE_FUNDED));
        TAGS.put(COMBINED.get(4), EnumSet.of(Criterion.RELATIVE_HOUSE, Criterion.RELATIVE_VEHICLE));
        TAGS.put(COMBINED.get(5), EnumSet.of(Criterion.RELATIVE_HOUSE, Criterion.LABOUR_CAPACITY));
        TAGS.put(COMBINED.get(6), EnumSet.of(Criterion.STATE_FUNDED, Criterion.QUOTA));
    }

    private Reasons() {
    }

    /**
     * One of {@code variants} chosen by the household id, so that the wording varies without drawing from the
     * random stream (the rest of the city stays as it was).
     */
    static String variant(List<String> variants, String householdId) {
        return variants.get(Math.floorMod(householdId.hashCode(), variants.size()));
    }

    /** The criteria a reason relies on; empty for lawful reasons and for text not in the table. */
    static Set<Criterion> criteriaOf(String reason) {
        Set<Criterion> tags = reason == null ? null : TAGS.get(reason);
        return tags == null ? EnumSet.noneOf(Criterion.class) : EnumSet.copyOf(tags);
    }
}
