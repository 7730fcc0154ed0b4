/**
 * Machinery of the eligibility engine: the income, property and tekun calculations, one class per group of
 * rules, the Chinese wording of details and evidence, the reader of refusal reasons (ReasonParser) and its word list (WordList).
 */
package org.inspect.rules.internal;
