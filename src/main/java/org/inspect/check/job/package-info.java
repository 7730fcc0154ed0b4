/**
 * The {@code check} job: households partitioned by county through the eligibility engine, unmatched
 * registered-poor households, then completion. Restartable: the checkpoint is the last household id and the
 * writer replaces a chunk's households' findings.
 */
package org.inspect.check.job;
