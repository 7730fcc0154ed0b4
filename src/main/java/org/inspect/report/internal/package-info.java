/**
 * Machinery behind the documents: locating CJK fonts (config, then system paths) with a per-character fallback,
 * Chinese line breaking, templates with named sections and placeholders, page header and footer, JFreeChart
 * charts, masking of personal data in free text, Clopper–Pearson upper bounds, and one writer per document.
 */
package org.inspect.report.internal;
