package org.inspect.focus;

import org.inspect.model.Coded;

/** The three groups clause 四（二）一 names for the search for missed coverage, in the order they are listed. */
public enum FocusGroup implements Coded {
    /** Not covered, a member on the registered-poor roll not lifted (the compare's uncovered list). */
    UNCOVERED_POOR("未纳入低保（特困）的建档立卡贫困户"),
    /** Not covered, property within limits, standard ≤ per-capita income < MARGINAL_FACTOR × standard. */
    MARGINAL("低保边缘家庭"),
    /** Not covered, a member with serious_illness = Y or a disability of grade 1 or 2. */
    SEVERE("重病重残户");

    private final String chinese;

    FocusGroup(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
