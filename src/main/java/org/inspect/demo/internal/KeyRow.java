package org.inspect.demo.internal;

import org.inspect.model.Criterion;
import org.inspect.model.Rule;

/** One row of the answer key: the keys of one finding, as the findings export of rules.md section 6 gives them. */
record KeyRow(Rule rule, Criterion criterion, String householdId, String caseId, String idNumber) {
}
