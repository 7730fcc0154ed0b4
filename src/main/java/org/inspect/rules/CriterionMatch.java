package org.inspect.rules;

import org.inspect.model.Criterion;

/**
 * A blanket exclusion criterion found in a reason: the words relied on (as the county typed them; {@code start}
 * inclusive, {@code end} exclusive) and whose property or status they concern ("子女（户外）财产").
 */
public record CriterionMatch(Criterion criterion, String words, int start, int end, String whose) {

    /** The class of criterion as the policy names it (clause 四（二）): "子女有机动车". */
    public String policyName() {
        return switch (criterion) {
            case RELATIVE_VEHICLE -> "子女有机动车";
            case RELATIVE_HOUSE -> "子女在县城买房";
            case STATE_FUNDED -> "财政供养人员";
            case LABOUR_CAPACITY -> "有劳动能力";
            case REGISTERED_POOR_EXCLUSIVE -> "享受扶贫政策不能享受低保";
            case QUOTA -> "名额指标限制";
        };
    }

    /** The sentence of a finding: 理由中“其子有轿车”系子女（户外）财产，属于“子女有机动车”类排除性条件. */
    public String sentence() {
        return "理由中“" + words + "”系" + whose + "，属于“" + policyName() + "”类排除性条件";
    }
}
