-- Schema 19: a refusal reason is stored whole, however long the county wrote it (issue 24). The import checks every
-- text column's width (importing/internal/Layout, held equal to this schema by ColumnLimitsTest), so a reason up to
-- 8,000 characters loads, and the texts that quote it (a finding's sentence, the item of a notice, the compare
-- lists, the reader's review) are wide enough to hold it with their own words around it.
ALTER TABLE assistance_case ALTER COLUMN decision_reason SET DATA TYPE VARCHAR(8000);
ALTER TABLE reason_review ALTER COLUMN reason SET DATA TYPE VARCHAR(8000);
ALTER TABLE compare_match ALTER COLUMN refusal_reason SET DATA TYPE VARCHAR(8000);
ALTER TABLE compare_change ALTER COLUMN detail SET DATA TYPE VARCHAR(16000);
ALTER TABLE finding ALTER COLUMN detail SET DATA TYPE VARCHAR(16000);
ALTER TABLE finding ALTER COLUMN evidence SET DATA TYPE VARCHAR(32000);
ALTER TABLE rect_item ALTER COLUMN detail SET DATA TYPE VARCHAR(16000);
ALTER TABLE rect_item ALTER COLUMN detail_masked SET DATA TYPE VARCHAR(16000);
