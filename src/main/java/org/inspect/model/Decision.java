package org.inspect.model;

/** Outcome of a case (审批结果). */
public enum Decision implements Coded {
    APPROVED("批准"),
    REJECTED("不予批准"),
    TERMINATED("停保"),
    PENDING("在办");

    private final String chinese;

    Decision(String chinese) {
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
