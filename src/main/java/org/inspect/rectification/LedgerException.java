package org.inspect.rectification;

import java.util.List;
import org.inspect.error.BadInputException;
import org.inspect.rectification.internal.LedgerReader;

/** A returned ledger that cannot be applied: every cell error, with its file, row and column. Nothing was applied. */
public final class LedgerException extends BadInputException {

    private final transient List<LedgerReader.CellError> errors;

    LedgerException(List<LedgerReader.CellError> errors) {
        super(errors.size() + " errors in the ledgers; nothing was applied");
        this.errors = List.copyOf(errors);
        localized("rect.ledger.invalid", errors.size());
    }

    public List<LedgerReader.CellError> errors() {
        return errors;
    }
}
