-- Schema 15: the inspection report's document numbers (issue 13). A report number is a running number of its own
-- pattern (config/campaign.properties: report.number, report.first), not the check run's id: the first report of
-- a run takes the next number of the pattern and keeps it whenever the run's report is written again (with or
-- without a sample, Chinese or English edition). Owned by report/data/ReportNumberStore.

CREATE TABLE report_number (
    check_run_id BIGINT NOT NULL,
    number_pattern VARCHAR(200) NOT NULL,
    seq INTEGER NOT NULL,
    number VARCHAR(200) NOT NULL,
    assigned_at TIMESTAMP NOT NULL,
    CONSTRAINT report_number_pk PRIMARY KEY (check_run_id, number_pattern),
    CONSTRAINT report_number_seq UNIQUE (number_pattern, seq)
);
