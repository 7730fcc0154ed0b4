-- PostgreSQL edition of db/hsqldb/V011__focus_visit.sql: the same tables, in PostgreSQL's types and syntax.
-- Schema 11: home visits of a household sample (focus groups, clause 四（二）一): one row per visited household of
-- a sample run, with what the field team found. Owned by focus/VisitStore; recording a visit again replaces it.

CREATE TABLE focus_visit (
    sample_run_id BIGINT NOT NULL,
    household_id VARCHAR(64) COLLATE "C" NOT NULL,
    result VARCHAR(16) COLLATE "C" NOT NULL,
    visited_by VARCHAR(100) COLLATE "C",
    visited_at TIMESTAMP NOT NULL,
    note VARCHAR(2000) COLLATE "C",
    PRIMARY KEY (sample_run_id, household_id)
);
