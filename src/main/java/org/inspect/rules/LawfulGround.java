package org.inspect.rules;

/** A lawful ground of refusal or termination a reason gives (clause 四（三） and the dibao rules). */
public enum LawfulGround {
    INCOME_OR_PROPERTY_OVER("收入或财产超过标准"),
    OWN_PROPERTY("本户自有财产"),
    DEATH("死亡"),
    MOVED_AWAY("迁出"),
    WITHDRAWN("主动退出或撤回申请"),
    REFUSED_MEANS_TEST("拒不配合家庭经济状况核查");

    private final String chinese;

    LawfulGround(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
