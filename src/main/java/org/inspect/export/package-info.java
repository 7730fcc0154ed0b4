/**
 * The one spreadsheet writer every CSV and .xlsx the toolkit writes goes through: CSV as UTF-8 with a byte-order
 * mark (Excel on Chinese Windows reads it right), .xlsx streamed with a frozen header row and readable column
 * widths, headers in Chinese or English, and every text cell that a spreadsheet would take for a formula
 * neutralised (the OWASP CSV-injection rule), since these files go out to the counties and the poverty office.
 */
package org.inspect.export;
