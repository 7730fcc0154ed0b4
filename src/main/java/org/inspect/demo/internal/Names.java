package org.inspect.demo.internal;

import java.util.List;
import org.inspect.model.Sex;

/**
 * Chinese names: common surnames (weighted towards Shandong's, with a few compound ones such as 欧阳 and 司马),
 * given names of two characters in the fashion of the birth decade or now and then of one (so full names run from
 * two to four characters, as a leak scan must see them), and now and then a rare character (堃, or 𠀾 outside the Basic Multilingual Plane) to test
 * font fallback in documents.
 */
final class Names {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "孙", "徐", "马", "高",
            "朱", "胡", "郭", "何", "林", "周", "吴", "韩", "宋", "孟", "孔", "颜", "亓", "尹", "岳", "范", "石",
            "姜", "侯", "吕", "曹", "程", "丁", "魏", "薛", "董", "于", "田", "邢", "毕", "鹿", "厉", "刁", "欧阳", "司马", "诸葛", "上官", "东方");
    private static final double[] SURNAME_WEIGHTS = weights(SURNAMES.size());

    private static final List<String> OLD_MALE = List.of("德", "福", "贵", "祥", "明", "国", "建", "军", "志", "文",
            "华", "顺", "庆", "友", "宝", "金", "山", "荣", "永", "春", "成", "忠", "立", "学", "传", "太", "广", "洪");
    private static final List<String> OLD_FEMALE = List.of("秀", "英", "兰", "桂", "凤", "玉", "珍", "芳", "梅", "花",
            "翠", "云", "琴", "荣", "淑", "爱", "美", "霞", "香", "菊", "娥", "莲");
    private static final List<String> YOUNG_MALE = List.of("浩", "宇", "子", "轩", "博", "涛", "磊", "鹏", "杰", "伟",
            "强", "晨", "俊", "睿", "昊", "泽", "航", "宁", "辉", "斌", "超", "鑫", "凯", "文", "天", "一");
    private static final List<String> YOUNG_FEMALE = List.of("欣", "怡", "雨", "涵", "静", "婷", "佳", "悦", "萱", "琳",
            "晶", "丽", "雪", "倩", "慧", "梦", "思", "瑶", "璐", "敏", "诗", "可", "若");
    /** Characters many fonts lack; 𠀾 (U+2003E) is a surrogate pair in Java strings. */
    static final List<String> RARE = List.of("堃", "𠀾", "喆", "犇", "淼", "燚", "赟", "玥", "珺", "彧", "昇", "翀",
            "𬌗", "䶮");

    private Names() {
    }

    private static double[] weights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / (1 + i * 0.35);
        }
        return w;
    }

    static String surname(Rnd r) {
        return SURNAMES.get(r.weighted(SURNAME_WEIGHTS));
    }

    /** A given name of two characters for someone born in {@code birthYear}. */
    static String given(Rnd r, Sex sex, int birthYear) {
        boolean old = birthYear < 1975;
        List<String> pool = sex == Sex.MALE ? (old ? OLD_MALE : YOUNG_MALE) : (old ? OLD_FEMALE : YOUNG_FEMALE);
        String first = r.pick(pool);
        String second = r.chance(0.004) ? r.pick(RARE) : r.pick(pool);
        // a repeated character becomes a one-character given name (李明, 欧阳兰): no extra draw, so the rest of
        // the city stays as it was
        return second.equals(first) ? first : first + second;
    }

    /** The surname a full name starts with: a compound one (欧阳) when it is one of ours, else the first character. */
    static String surnameOf(String fullName) {
        for (String s : SURNAMES) {
            if (s.length() > 1 && fullName.startsWith(s)) {
                return s;
            }
        }
        return new String(Character.toChars(fullName.codePointAt(0)));
    }

    static String full(Rnd r, String surname, Sex sex, int birthYear) {
        return surname + given(r, sex, birthYear);
    }
}
