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
            "女儿在城区有楼房，女婿系公务员");

    /** Lawful: the household's income is over the standard. */
    static final List<String> INCOME_OVER = List.of(
            "家庭人均收入超过低保标准",
            "经核算家庭人均收入高于当地低保标准，不符合条件",
            "经入户调查核实，家庭人均收入超标");
    /** Lawful: the household itself owns a non-necessary car. */
    static final String OWN_CAR = "本户名下有非必需轿车一辆";
    /** Lawful: the household itself owns a second, non-necessary flat. */
    static final String OWN_HOUSE = "本户在城区另有商品房一套，非生活必需";
    /** Lawful: the household's deposits are over the limit. */
    static final String DEPOSITS = "家庭存款超过规定标准";
    /** Lawful: support from children was computed and counted. */
    static final String SUPPORT_COUNTED = "经核算，子女应付赡养费已计入家庭收入，人均收入超过低保标准";
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
                "其子购有货车一辆跑运输"));
        ILLEGAL.put(Criterion.RELATIVE_HOUSE, List.of(
                "经入户调查，其子在县城购有商品房，不符合低保条件",
                "女儿在城区有楼房",
                "子女在县城买房",
                "其子在泰安市区购买住房一套",
                "儿子在镇驻地有二层楼房"));
        ILLEGAL.put(Criterion.STATE_FUNDED, List.of(
                "儿媳系事业单位在编人员",
                "其女儿是公务员",
                "子女在事业单位工作",
                "家庭成员中有财政供养人员",
                "其女婿为乡镇公务员，属财政供养人员"));
        ILLEGAL.put(Criterion.LABOUR_CAPACITY, List.of(
                "该户有劳动能力",
                "申请人劳动力健全",
                "户主有劳动能力，不予纳入",
                "家中有劳动能力人员，应自食其力",
                "本人身体健康，具有劳动能力"));
        ILLEGAL.put(Criterion.REGISTERED_POOR_EXCLUSIVE, List.of(
                "已享受扶贫政策，不再重复纳入",
                "建档立卡户不再纳入低保",
                "已纳入建档立卡贫困户享受帮扶",
                "已享受精准扶贫政策，二者只能选其一"));
        ILLEGAL.put(Criterion.QUOTA, List.of(
                "本村低保名额已满",
                "超出乡镇下达的低保指标",
                "名额有限，暂不纳入",
                "今年指标已用完"));
        ILLEGAL.forEach((c, phrases) -> phrases.forEach(p -> TAGS.put(p, EnumSet.of(c))));
        TAGS.put(COMBINED.get(0), EnumSet.of(Criterion.RELATIVE_VEHICLE, Criterion.RELATIVE_HOUSE));
        TAGS.put(COMBINED.get(1), EnumSet.of(Criterion.LABOUR_CAPACITY, Criterion.REGISTERED_POOR_EXCLUSIVE));
        TAGS.put(COMBINED.get(2), EnumSet.of(Criterion.QUOTA, Criterion.STATE_FUNDED));
        TAGS.put(COMBINED.get(3), EnumSet.of(Criterion.RELATIVE_HOUSE, Criterion.STATE_FUNDED));
    }

    private Reasons() {
    }

    /** The criteria a reason relies on; empty for lawful reasons and for text not in the table. */
    static Set<Criterion> criteriaOf(String reason) {
        Set<Criterion> tags = reason == null ? null : TAGS.get(reason);
        return tags == null ? EnumSet.noneOf(Criterion.class) : EnumSet.copyOf(tags);
    }
}
