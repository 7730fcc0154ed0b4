package org.inspect.model;

/** How serious a finding is (rules.md section 6). */
public enum Severity implements Coded {
    HIGH("高"),
    MEDIUM("中"),
    LOW("低");

    private final String chinese;

    Severity(String chinese) {
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
