/**
 * Machinery of the demo city: per-unit random streams, names and places, identity numbers, the standards
 * table, household scenarios (clean background and planted anomalies), the month-two changes, an
 * independent oracle of rules.md that turns each written household into its answer-key rows, and the
 * streaming CSV writers.
 */
package org.inspect.demo.internal;
