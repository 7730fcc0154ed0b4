package org.inspect.model;

/** Category of a certified disability (残疾类别). */
public enum DisabilityType implements Coded {
    PHYSICAL("肢体"),
    VISUAL("视力"),
    HEARING("听力"),
    SPEECH("言语"),
    INTELLECTUAL("智力"),
    MENTAL("精神"),
    MULTIPLE("多重");

    private final String chinese;

    DisabilityType(String chinese) {
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
