package org.inspect.model;

/** Assistance programme of a case (救助类型). */
public enum Program implements Coded {
    DIBAO("低保"),
    TEKUN("特困"),
    TEMPORARY("临时救助");

    private final String chinese;

    Program(String chinese) {
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
