-- Schema 14: the effective standards of a snapshot keep where each value comes from (issue 12): the data
-- folder's standards file and line, or the shipped config/standards.csv default (shipped = TRUE), so that
-- `inspect standards` and every finding's evidence can cite the row. Rows of snapshots imported before have NULLs.
ALTER TABLE standard_value ADD COLUMN shipped BOOLEAN;
ALTER TABLE standard_value ADD COLUMN source_file VARCHAR(400);
ALTER TABLE standard_value ADD COLUMN source_file_line BIGINT;
