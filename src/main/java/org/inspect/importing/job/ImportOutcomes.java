package org.inspect.importing.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inspect.importing.ValidationResult;

/**
 * Hands the validation result of an import execution to the command that started it (same process): the
 * errors to print when the import is refused, the counts for the summary.
 */
public final class ImportOutcomes {

    private static final Map<Long, ValidationResult> RESULTS = new ConcurrentHashMap<>();

    private ImportOutcomes() {
    }

    static void put(long executionId, ValidationResult result) {
        RESULTS.put(executionId, result);
    }

    /** The validation result of an execution run in this process, removed on read; null if none. */
    public static ValidationResult take(long executionId) {
        return RESULTS.remove(executionId);
    }
}
