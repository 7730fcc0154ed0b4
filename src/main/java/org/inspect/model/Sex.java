package org.inspect.model;

/** Sex, derived from the identity number's 17th digit. */
public enum Sex implements Coded {
    MALE("男"),
    FEMALE("女");

    private final String chinese;

    Sex(String chinese) {
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
