package org.inspect.rectification;

/**
 * The result an event records: what the county says (整改结果 已整改 / 未完成 in a response), or what the newer
 * rolls show at a reconcile (the finding gone, still present, or the household off the rolls).
 */
public enum Outcome {
    CLAIMED_FIXED("已整改"),
    NOT_DONE("未完成"),
    FIXED("数据已整改"),
    PRESENT("仍存在"),
    LEFT("已退出名册");

    private final String chinese;

    Outcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
