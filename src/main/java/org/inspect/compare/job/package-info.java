/**
 * The {@code compare} job (clauses 二（一）, 三（二））: households partitioned by county matched to the registered-poor
 * roll, then the poor households that match nobody, then the month-on-month changes against an earlier run, then
 * completion. Restartable: the checkpoint is the last household id; every writer replaces by key.
 */
package org.inspect.compare.job;
