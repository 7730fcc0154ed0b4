package org.inspect.importing;

import java.util.List;
import java.util.Map;
import org.inspect.model.Standard;
import org.inspect.model.Standards;

/**
 * What validating a data folder found: the first errors (of {@code errorCount}), data rows per file, the
 * rows to skip, the standards in force (shipped defaults overridden by the folder's) and warnings.
 */
public record ValidationResult(List<RowError> errors, long errorCount, Map<RollFile, Long> rowCounts,
        Rejects rejects, Standards effectiveStandards, List<Standard> effectiveStandardRows, List<String> warnings) {

    public boolean clean() {
        return errorCount == 0;
    }
}
