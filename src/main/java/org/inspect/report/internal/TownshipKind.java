package org.inspect.report.internal;

/**
 * The kind of a township (乡级单位) read from the end of its name, and what a public notice of it says: the body
 * that signs it (a 街道 by its 街道办事处, a 镇 or 乡 by its 人民政府, a 管理区 or 林场 by its own office) and how the
 * text names the place itself (本镇, 本街道, 本乡 …).
 */
enum TownshipKind {

    SUBDISTRICT("街道", "办事处", "Subdistrict Office"),
    TOWN("镇", "人民政府", "People's Government"),
    TOWNSHIP("乡", "人民政府", "People's Government"),
    // checked before 林场: 黄前林场管理区 is a 管理区 that grew from a forest farm
    ZONE("管理区", "办公室", "Office"),
    FOREST_FARM("林场", "办公室", "Office"),
    OTHER("", "", "");

    private final String suffix;
    private final String office;
    private final String officeEn;

    TownshipKind(String suffix, String office, String officeEn) {
        this.suffix = suffix;
        this.office = office;
        this.officeEn = officeEn;
    }

    /** The kind of {@code township}, from the last characters of its name; OTHER when none fits. */
    static TownshipKind of(String township) {
        for (TownshipKind k : values()) {
            if (k != OTHER && township.endsWith(k.suffix)) {
                return k;
            }
        }
        return OTHER;
    }

    /** The body that signs for {@code township}: 上高街道办事处, 省庄镇人民政府, 黄前林场管理区办公室. */
    String authority(String township) {
        return township + office;
    }

    /** The same in an English edition: 上高街道 Subdistrict Office. */
    String authorityEn(String township) {
        return this == OTHER ? township : township + " " + officeEn;
    }

    /** How the notice names the place itself: 本街道, 本镇, 本乡, 本管理区, 本林场 (本地 when the kind is unknown). */
    String self() {
        return this == OTHER ? "本地" : "本" + suffix;
    }
}
