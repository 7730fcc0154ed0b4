package org.inspect.model;

/** Kind of yearly expenditure that may be deducted from income (扣减类型), clause 四（三）. */
public enum DeductionType implements Coded {
    MEDICAL("医疗刚性支出"),
    EMPLOYMENT_COST("必要就业成本");

    private final String chinese;

    DeductionType(String chinese) {
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
