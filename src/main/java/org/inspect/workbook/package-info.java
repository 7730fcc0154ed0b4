/**
 * Reading the .xlsx workbooks that come from outside (roll workbooks, returned ledgers) safely: streamed row by
 * row, never held whole, with caps on what a cell and a file may expand to, and every failure of the spreadsheet
 * library worded by the toolkit (a workbook from a county may be careless or hostile).
 */
package org.inspect.workbook;
