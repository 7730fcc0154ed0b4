/**
 * Reading and validating a data folder of the interchange format (data-format.md): which files it holds,
 * their rows as model records with per-cell errors, the cross-file checks, the standards in force and the
 * rows to reject. Serves clause 二（一） (the rolls the comparison works on) and 四（三） (the county
 * standards that price crops and migrant work). No database: the import job builds on this.
 */
package org.inspect.importing;
