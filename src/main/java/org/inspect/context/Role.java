package org.inspect.context;

/**
 * The roles of the team's accounts (issue 21), and the operator of an embedded database without accounts, who
 * holds every role (one person working alone, as before accounts existed).
 */
public enum Role {
    /** 管理员: manages the accounts. */
    ADMIN("管理员"),
    /** 督查组: imports, checks, samples, records field verdicts. */
    INSPECTOR("督查组"),
    /** 组长: issues notices, accepts, returns and closes rectification items. */
    LEADER("组长"),
    /** 县级经办: sees and answers only its own county's items and findings. */
    COUNTY("县级经办"),
    /** 只读: reads. */
    VIEWER("只读"),
    /** 本机操作员: the one person on an embedded database that has no accounts. */
    OPERATOR("本机操作员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
