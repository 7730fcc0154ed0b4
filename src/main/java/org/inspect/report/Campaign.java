package org.inspect.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The special action a document belongs to: its name (专项行动), period, the issuing units in the order they sign
 * (e.g. 泰安市民政局, 泰安市扶贫开发领导小组办公室) and the date the documents are issued.
 */
public record Campaign(String name, LocalDate start, LocalDate end, List<String> issuingUnits, LocalDate issueDate) {

    public Campaign {
        issuingUnits = List.copyOf(issuingUnits);
    }
}
