package org.inspect.sampling;

import java.util.List;

/** The inspectors assigned to a sampled case (双随机: random choice of the inspectors too). */
public record Assignment(String caseId, String countyCode, List<String> inspectorIds) {

    public Assignment {
        inspectorIds = List.copyOf(inspectorIds);
    }
}
