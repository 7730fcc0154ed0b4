package org.inspect.model;

/** A member's relation to the head of household (与户主关系), or an obligor's relation to the supported person. */
public enum Relation implements Coded {
    HEAD("户主"),
    SPOUSE("配偶"),
    CHILD("子女"),
    PARENT("父母"),
    GRANDCHILD("孙子女"),
    SIBLING("兄弟姐妹"),
    OTHER("其他");

    private final String chinese;

    Relation(String chinese) {
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
