-- Schema 23: what the check counted as it went (issue 25). A desk check reads every household of the roll; the
-- features that need a count over the whole roll (the report's focus-group sizes, 重点人群) label each household
-- in that same pass instead of reading the roll again. One row per chunk of the check's writer, county and label:
-- the writer replaces a chunk's rows (keyed by the chunk's first household), so a replayed chunk never counts
-- twice; a county's total is the sum of its chunks. Owned by check/TallyStore.

CREATE TABLE check_tally (
    check_run_id BIGINT NOT NULL,
    county_code VARCHAR(6) NOT NULL,
    first_household VARCHAR(64) NOT NULL,
    label VARCHAR(40) NOT NULL,
    households INTEGER NOT NULL,
    CONSTRAINT check_tally_pk PRIMARY KEY (check_run_id, county_code, first_household, label),
    CONSTRAINT check_tally_check_run FOREIGN KEY (check_run_id) REFERENCES check_run (id)
);
