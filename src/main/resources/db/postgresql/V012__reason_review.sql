-- PostgreSQL edition of db/hsqldb/V012__reason_review.sql: the same tables, in PostgreSQL's types and syntax.
-- Schema 12: refusal and termination reasons of a check run that the reader of reasons could not place
-- (issue 14): a relative's property or post beside a lawful ground with nothing tying either to the decision.
-- They are no finding; the check's summary lists them as needing a person's reading (需人工研判).
-- The check writer replaces a chunk's households, so a replayed chunk never duplicates rows.

CREATE TABLE reason_review (
    check_run_id BIGINT NOT NULL,
    household_id VARCHAR(64) COLLATE "C" NOT NULL,
    case_id VARCHAR(64) COLLATE "C" NOT NULL,
    county_code VARCHAR(6) COLLATE "C",
    reason VARCHAR(2000) COLLATE "C" NOT NULL,
    note VARCHAR(4000) COLLATE "C" NOT NULL,
    CONSTRAINT reason_review_pk PRIMARY KEY (check_run_id, household_id, case_id)
);
