package org.inspect.model;

/** The checks of rules.md section 6, each with its Chinese name, the clause it cites and its severity. */
public enum Rule implements Coded {
    MISSED_DIBAO("漏保", "二（二）、二（四）", Severity.HIGH),
    MISSED_TEKUN("应养未养", "二（二）", Severity.HIGH),
    IMPROPER_INCLUSION("错保", "四（二）", Severity.HIGH),
    PROCEDURE_VIOLATION("违规程序纳入", "二（四）", Severity.MEDIUM),
    ILLEGAL_EXCLUSION("违规设置排除条件", "四（二）、四（三）、一", Severity.MEDIUM),
    NO_WRITTEN_CONCLUSION("未书面说明", "二（二）", Severity.LOW),
    UNCOVERED_REGISTERED_POOR("建档立卡未纳入未说明", "二（一）、二（二）", Severity.MEDIUM),
    /** County level: no temporary-assistance drive in March (household and case empty). */
    NO_TEMPORARY_DRIVE("未开展集中救助", "二（三）", Severity.MEDIUM);

    private final String chinese;
    private final String clause;
    private final Severity severity;

    Rule(String chinese, String clause, Severity severity) {
        this.chinese = chinese;
        this.clause = clause;
        this.severity = severity;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The clause of the policy the rule cites, as printed in findings and notices. */
    public String clause() {
        return clause;
    }

    public Severity severity() {
        return severity;
    }
}
