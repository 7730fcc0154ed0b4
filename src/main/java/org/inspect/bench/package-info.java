/**
 * {@code inspect bench}: a synthetic city timed step by step against plain-JDBC baselines on the same files and
 * database, so that the speed of the jobs is measured (issue 16), never asserted.
 */
package org.inspect.bench;
