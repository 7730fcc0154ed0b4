/**
 * The runs (check, sample, compare, and the notices of a check run) as users of snapshot versions: which
 * version each run refers to, so that a replaced version is kept while a run needs it, and the deletion of runs
 * that frees it again (the retention the look-back's documents need: a report reprinted later reads the rows
 * it was made from).
 */
package org.inspect.runs;
