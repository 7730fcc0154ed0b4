package org.inspect.rules;

import java.util.List;

/** A refusal or termination reason the reader could not place: it needs a person's reading (需人工研判). */
public record ReasonToRead(String caseId, String reason, List<String> notes) {
}
