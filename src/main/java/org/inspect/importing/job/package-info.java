/**
 * The {@code import} job (validate, load partitioned by file, publish): thin batch artifacts over the
 * validator and the roll writer. Restartable: checkpoints are source lines and the writer is idempotent.
 */
package org.inspect.importing.job;
