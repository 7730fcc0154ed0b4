package org.inspect.rules.internal;

/** The kinds of word in {@code config/reason-words.txt}; src/docs/rules.md says what the reader does with each. */
enum WordKind {
    HOUSEHOLD, CHILD, CHILD_IN_LAW, GRANDCHILD, SIBLING, SUPPORTER, RELATIVE, IN_HOUSEHOLD, OUT_HOUSEHOLD,
    VEHICLE, HOUSE, SETTLED, NEUTRAL, STATE_POST, LABOUR, LABOUR_PLAIN, LABOUR_GOOD, ABLE, WORK, POOR, POOR_EXCLUSIVE,
    QUOTA_NOUN, QUOTA_VERB, QUOTA_PHRASE, QUOTA_DENIED, NEGATION, AFFIRM, POSSESS,
    INCOME, ASSETS, STANDARD, OVER, NOT_OVER, IMPROVED, DEATH, MOVED, WITHDRAWN, REFUSE, MEANS_TEST, SUPPORT_LINK,
    DECISION, CONJUNCTION;

    /** A relative of the applicant (outside the household unless the reason says otherwise). */
    public boolean relative() {
        return this == CHILD || this == CHILD_IN_LAW || this == GRANDCHILD || this == SIBLING || this == SUPPORTER
                || this == RELATIVE;
    }

    /** Who the word names, in the words of a finding ("子女"). */
    public String person() {
        return switch (this) {
            case CHILD -> "子女";
            case CHILD_IN_LAW -> "子女配偶";
            case GRANDCHILD -> "孙子女";
            case SIBLING -> "兄弟姐妹";
            case SUPPORTER -> "法定赡养（抚养、扶养）义务人";
            case RELATIVE -> "其他亲属";
            default -> "申请人家庭";
        };
    }
}
