-- PostgreSQL edition of db/hsqldb/V019__long_reasons.sql.
-- Schema 19: a refusal reason is stored whole, however long the county wrote it (issue 24). The import checks every
-- text column's width (importing/internal/Layout, held equal to this schema by ColumnLimitsTest), so a reason up to
-- 8,000 characters loads, and the texts that quote it (a finding's sentence, the item of a notice, the compare
-- lists, the reader's review) are wide enough to hold it with their own words around it.
ALTER TABLE assistance_case ALTER COLUMN decision_reason TYPE VARCHAR(8000) COLLATE "C";
ALTER TABLE reason_review ALTER COLUMN reason TYPE VARCHAR(8000) COLLATE "C";
ALTER TABLE compare_match ALTER COLUMN refusal_reason TYPE VARCHAR(8000) COLLATE "C";
ALTER TABLE compare_change ALTER COLUMN detail TYPE VARCHAR(16000) COLLATE "C";
ALTER TABLE finding ALTER COLUMN detail TYPE VARCHAR(16000) COLLATE "C";
ALTER TABLE finding ALTER COLUMN evidence TYPE VARCHAR(32000) COLLATE "C";
ALTER TABLE rect_item ALTER COLUMN detail TYPE VARCHAR(16000) COLLATE "C";
ALTER TABLE rect_item ALTER COLUMN detail_masked TYPE VARCHAR(16000) COLLATE "C";
