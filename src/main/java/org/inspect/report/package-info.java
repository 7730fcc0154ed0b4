/**
 * The campaign's printed documents, from plain data: the inspection report (专项行动抽查报告, clause 二（四） random
 * spot checks and their evaluation), one rectification notice (整改通知书) per county with open findings, and the
 * township disclosure lists (公示名单, clause 三（三）) with names and identity numbers masked. All are A4 PDFs in
 * Chinese (or English), worded by the editable files in {@code templates/}, set in an embedded CJK font, and
 * recorded with their SHA-256 in a {@link org.inspect.report.Manifest} that {@code verify-report} checks.
 * Entry point: {@link org.inspect.report.Documents}.
 */
package org.inspect.report;
