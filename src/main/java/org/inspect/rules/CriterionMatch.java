package org.inspect.rules;

import org.inspect.model.Criterion;

/** A blanket exclusion criterion found in a reason: the words that matched and where ({@code start} inclusive). */
public record CriterionMatch(Criterion criterion, String words, int start, int end) {
}
