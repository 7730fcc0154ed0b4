-- PostgreSQL edition of db/hsqldb/V007__trust.sql: the same tables, in PostgreSQL's types and syntax.
-- Schema 7 (issue 12): what a run needs to be printed again later, kept with the run itself.
-- person_names: the names of the people a finding may mention (members and obligors of its household, the
-- registered poor of its poor household), one a line, stored when the finding is written, so that masking its
-- sentence never depends on roll rows that a re-import may free.
-- criteria_*: the exclusion-criteria file a check run used (content and SHA-256), so that a restart applies the
-- same patterns and the report names them; standards_sha256: the effective standards of the snapshot it read.

ALTER TABLE finding ADD COLUMN person_names VARCHAR(4000) COLLATE "C";

ALTER TABLE check_run ADD COLUMN criteria_sha256 VARCHAR(64) COLLATE "C";
ALTER TABLE check_run ADD COLUMN criteria_text VARCHAR(1000000) COLLATE "C";
ALTER TABLE check_run ADD COLUMN standards_sha256 VARCHAR(64) COLLATE "C";
