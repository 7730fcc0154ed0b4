package org.inspect.rules;

/** Who a clause of a reason is about: the household, or a relative living outside or inside it. */
public record Whom(Kind kind, String word, String person) {

    /** Whose property a thing said of this person is. */
    public enum Kind {
        /** The applicant or the household: its property counts. */
        HOUSEHOLD,
        /** A relative who lives elsewhere: their property never counts (rules.md section 2). */
        RELATIVE_OUTSIDE,
        /** A relative the reason says lives in the household: their property is the household's own. */
        RELATIVE_INSIDE
    }

    /** The household itself, named by {@code word} (empty when the reason names nobody). */
    public static Whom household(String word) {
        return new Whom(Kind.HOUSEHOLD, word, "申请人家庭");
    }

    /** In the words of a finding: "子女（户外）", "子女（同户共同生活）", "申请人家庭". */
    public String chinese() {
        return switch (kind) {
            case HOUSEHOLD -> person;
            case RELATIVE_OUTSIDE -> person + "（户外）";
            case RELATIVE_INSIDE -> person + "（同户共同生活）";
        };
    }
}
