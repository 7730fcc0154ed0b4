-- Schema 17 (issue 10): foreign keys where the rows of a run refer to the run, and runs to their snapshot.
-- Rows left behind by deletes of earlier releases (reason_review and focus_visit rows of deleted runs) are removed
-- first, since a key cannot be added over them.
-- Left without keys, on purpose: the roll tables' snapshot_id (HSQLDB would maintain one more index per roll
-- table on every import, the cost the household keys of schema 6 removed; snapshot rows are never deleted, a
-- freed version is marked PURGED), and the rectification items' finding and notice ids (an item and its history
-- outlive a deleted run: the history is append-only, and the item keeps the finding's key and sentence).

DELETE FROM reason_review WHERE check_run_id NOT IN (SELECT id FROM check_run);
DELETE FROM focus_visit WHERE sample_run_id NOT IN (SELECT id FROM sample_run);
DELETE FROM finding WHERE check_run_id NOT IN (SELECT id FROM check_run);
DELETE FROM sample_case WHERE sample_run_id NOT IN (SELECT id FROM sample_run);
DELETE FROM sample_assignment WHERE sample_run_id NOT IN (SELECT id FROM sample_run);
DELETE FROM notice_item WHERE notice_id NOT IN (SELECT id FROM notice);

ALTER TABLE check_run ADD CONSTRAINT check_run_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id);
ALTER TABLE sample_run ADD CONSTRAINT sample_run_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id);
ALTER TABLE compare_run ADD CONSTRAINT compare_run_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id);
ALTER TABLE finding ADD CONSTRAINT finding_check_run FOREIGN KEY (check_run_id) REFERENCES check_run (id);
ALTER TABLE reason_review ADD CONSTRAINT reason_review_check_run FOREIGN KEY (check_run_id) REFERENCES check_run (id);
ALTER TABLE notice ADD CONSTRAINT notice_check_run FOREIGN KEY (check_run_id) REFERENCES check_run (id);
ALTER TABLE notice_item ADD CONSTRAINT notice_item_notice FOREIGN KEY (notice_id) REFERENCES notice (id);
ALTER TABLE sample_case ADD CONSTRAINT sample_case_run FOREIGN KEY (sample_run_id) REFERENCES sample_run (id);
ALTER TABLE sample_assignment ADD CONSTRAINT sample_assignment_run FOREIGN KEY (sample_run_id) REFERENCES sample_run (id);
ALTER TABLE focus_visit ADD CONSTRAINT focus_visit_run FOREIGN KEY (sample_run_id) REFERENCES sample_run (id);
ALTER TABLE compare_match ADD CONSTRAINT compare_match_run FOREIGN KEY (run_id) REFERENCES compare_run (id);
ALTER TABLE compare_unmatched ADD CONSTRAINT compare_unmatched_run FOREIGN KEY (run_id) REFERENCES compare_run (id);
ALTER TABLE compare_recipient ADD CONSTRAINT compare_recipient_run FOREIGN KEY (run_id) REFERENCES compare_run (id);
ALTER TABLE compare_change ADD CONSTRAINT compare_change_run FOREIGN KEY (run_id) REFERENCES compare_run (id);
ALTER TABLE compare_run ADD CONSTRAINT compare_run_against FOREIGN KEY (against_run_id) REFERENCES compare_run (id);
ALTER TABLE check_run ADD CONSTRAINT check_run_sample FOREIGN KEY (sample_run_id) REFERENCES sample_run (id);
