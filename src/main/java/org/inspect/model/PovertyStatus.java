package org.inspect.model;

/** Status on the poverty office's roll (脱贫状态). */
public enum PovertyStatus implements Coded {
    NOT_LIFTED("未脱贫"),
    LIFTED("已脱贫");

    private final String chinese;

    PovertyStatus(String chinese) {
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
