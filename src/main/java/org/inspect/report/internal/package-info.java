/**
 * Machinery behind the documents: locating CJK fonts (config, then system paths) with a per-character fallback,
 * Chinese line breaking, templates with named sections and placeholders, page header and footer, JFreeChart
 * charts, masking of personal data in free text, and one writer per document (the upper bounds come from
 * {@code sampling.SampleSize}, the one place the toolkit computes statistics), and the Hibernate mappings of the
 * notices and their items.
 */
package org.inspect.report.internal;
