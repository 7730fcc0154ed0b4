package org.inspect.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Townships (镇/街道/乡) of Tai'an's counties and villages (村) under them. Township names follow the real
 * divisions; villages are built from the usual patterns (方位 + 姓氏 + 庄/村/峪/屯…) with a fixed seed, so the
 * map is the same whatever the demo seed.
 */
final class Places {

    /** County code (Counties.TAIAN order) to its townships. */
    static final Map<String, List<String>> TOWNSHIPS = new LinkedHashMap<>();
    /** Population weights of the counties, in the same order. */
    static final double[] COUNTY_WEIGHTS = {0.08, 0.20, 0.13, 0.13, 0.21, 0.17, 0.05, 0.03};

    private static final int VILLAGES_PER_TOWNSHIP = 8;
    private static final Map<String, List<String>> VILLAGES = new LinkedHashMap<>();

    static {
        TOWNSHIPS.put("370902", List.of("省庄镇", "邱家店镇", "上高街道", "徐家楼街道", "泰前街道"));
        TOWNSHIPS.put("370911", List.of("范镇", "角峪镇", "徂徕镇", "满庄镇", "夏张镇", "道朗镇", "大汶口镇", "马庄镇"));
        TOWNSHIPS.put("370921", List.of("磁窑镇", "华丰镇", "伏山镇", "堽城镇", "蒋集镇", "泗店镇", "乡饮乡"));
        TOWNSHIPS.put("370923", List.of("州城街道", "沙河站镇", "老湖镇", "银山镇", "斑鸠店镇", "接山镇", "戴庙镇",
                "旧县乡"));
        TOWNSHIPS.put("370982", List.of("青云街道", "东都镇", "小协镇", "羊流镇", "果都镇", "天宝镇", "楼德镇", "龙廷镇",
                "岳家庄乡"));
        TOWNSHIPS.put("370983", List.of("王瓜店街道", "潮泉镇", "桃园镇", "王庄镇", "湖屯镇", "石横镇", "安驾庄镇", "汶阳镇"));
        TOWNSHIPS.put("370971", List.of("北集坡街道", "良庄镇"));
        TOWNSHIPS.put("370972", List.of("大津口乡", "黄前林场管理区"));

        String[] directions = {"东", "西", "南", "北", "前", "后", "大", "小", "上", "下", "中", ""};
        String[] cores = {"王", "李", "张", "刘", "孟", "杨", "孔", "石", "柳", "杏", "桃", "龙", "凤", "牛", "马", "黄",
            "白", "石碑", "高", "姚", "徐", "葛", "苇", "泉"};
        String[] suffixes = {"家庄", "庄", "村", "峪", "屯", "营", "楼", "洼", "岭", "店", "河", "官庄", "家寨", "集"};
        Rnd r = new Rnd(19, 0, 0x5EED);
        for (Map.Entry<String, List<String>> county : TOWNSHIPS.entrySet()) {
            for (String township : county.getValue()) {
                Set<String> names = new LinkedHashSet<>();
                while (names.size() < VILLAGES_PER_TOWNSHIP) {
                    if (township.endsWith("街道") && r.chance(0.5)) {
                        names.add(r.pick(List.of(cores)) + r.pickOf("园", "苑", "山", "泉", "河") + "社区");
                    } else {
                        names.add(r.pick(List.of(directions)) + r.pick(List.of(cores)) + r.pick(List.of(suffixes)) + "村");
                    }
                }
                VILLAGES.put(county.getKey() + township, new ArrayList<>(names));
            }
        }
    }

    private Places() {
    }

    static String county(Rnd r) {
        List<String> codes = new ArrayList<>(TOWNSHIPS.keySet());
        return codes.get(r.weighted(COUNTY_WEIGHTS));
    }

    static String township(Rnd r, String county) {
        return r.pick(TOWNSHIPS.get(county));
    }

    static String village(Rnd r, String county, String township) {
        return r.pick(VILLAGES.get(county + township));
    }
}
