package org.inspect.rules;

import java.util.List;

/**
 * One clause of a reason as read: its text, who it is about ({@code carried} when the clause names nobody and
 * takes the subject of the clause before), what it says or denies, and the lawful grounds it gives.
 */
public record ReadClause(String text, Whom whom, boolean carried, List<Said> said, List<Ground> grounds) {

    public ReadClause {
        said = List.copyOf(said);
        grounds = List.copyOf(grounds);
    }

    /** What a clause says ({@code denied}: "无车", "不是公务员", "未享受"); {@code words} as the county typed them. */
    public record Said(Topic topic, boolean denied, String words) {
    }

    /** A lawful ground and the words that give it. */
    public record Ground(LawfulGround ground, String words) {
    }

    /** The things a reason can say that a blanket criterion is made of. */
    public enum Topic {
        VEHICLE("车辆"), HOUSE("房产"), STATE_POST("财政供养身份"), LABOUR_CAPACITY("劳动能力"),
        POVERTY_SUPPORT("建档立卡或扶贫政策"), QUOTA("名额、指标或比例");

        private final String chinese;

        Topic(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
