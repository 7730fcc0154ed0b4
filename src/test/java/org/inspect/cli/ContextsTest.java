package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the command line's moving verbs need an account (issue 21). */
class ContextsTest {

    @Test
    void anEmbeddedDatabaseWithoutAccountsKeepsItsOneOperator() {
        assertFalse(Contexts.needsAccount(false, true, null));
    }

    @Test
    void aDatabaseWithAccountsAlwaysNeedsOne() {
        assertTrue(Contexts.needsAccount(true, true, null));
        assertTrue(Contexts.needsAccount(true, false, "wang"), "INSPECT_OPERATOR does not bypass existing accounts");
    }

    @Test
    void postgresqlNeedsOneUnlessTheOnePersonIsNamedBeforeTheFirstAccount() {
        assertTrue(Contexts.needsAccount(false, false, null));
        assertTrue(Contexts.needsAccount(false, false, " "));
        assertFalse(Contexts.needsAccount(false, false, "wang"));
    }
}
