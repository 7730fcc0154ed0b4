/**
 * Machinery of the eligibility engine: the income, property and tekun calculations, one class per group of
 * rules, the Chinese wording of details and evidence, and the parser of the exclusion-criteria file.
 */
package org.inspect.rules.internal;
