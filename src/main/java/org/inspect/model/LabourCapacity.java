package org.inspect.model;

/** Labour capacity as recorded by the county (劳动能力). */
public enum LabourCapacity implements Coded {
    FULL("有"),
    PARTIAL("部分"),
    NONE("无");

    private final String chinese;

    LabourCapacity(String chinese) {
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
