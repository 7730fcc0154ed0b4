package org.inspect.model;

/** Kind of a yearly income item (收入类型). */
public enum IncomeType implements Coded {
    WAGE("工资"),
    MIGRANT_WORK("务工"),
    CROP("种植"),
    CASH_CROP("经济作物"),
    BUSINESS("经营"),
    PENSION("养老金"),
    TRANSFER("转移性收入"),
    PROPERTY("财产性收入"),
    EXEMPT("不计入收入"),
    OTHER("其他");

    private final String chinese;

    IncomeType(String chinese) {
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
