/**
 * The monthly comparison of the registered-poor roll with the dibao and tekun rolls (clause 二（一）: civil
 * affairs compares the rolls and sends back the registered poor households not covered; clause 三（二）: monthly,
 * with dynamic adjustment). {@link org.inspect.compare.HouseholdComparison} holds the definitions (shared with
 * rule UNCOVERED_REGISTERED_POOR), {@link org.inspect.compare.CompareStore} the stored lists of a compare run,
 * {@link org.inspect.compare.CompareExport} the CSV files for the poverty office.
 */
package org.inspect.compare;
