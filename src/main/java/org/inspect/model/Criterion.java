package org.inspect.model;

/** Blanket exclusion criteria that the policy forbids (clause 四（二）), found in a refusal's free-text reason. */
public enum Criterion implements Coded {
    RELATIVE_VEHICLE("子女或亲属有车"),
    RELATIVE_HOUSE("子女或亲属有房"),
    STATE_FUNDED("财政供养人员"),
    LABOUR_CAPACITY("以有劳动能力为由"),
    REGISTERED_POOR_EXCLUSIVE("建档立卡“二选一”"),
    QUOTA("名额指标限制");

    private final String chinese;

    Criterion(String chinese) {
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
