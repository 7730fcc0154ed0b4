-- Schema 22: the rectification bulletin's document numbers (issue 23). A bulletin (整改进展情况通报) is an issued
-- document with a 文号 of its own sequence (config/campaign.properties: bulletin.number, bulletin.first): the
-- bulletin of a day takes the next number of the pattern the first time it is written and keeps it afterwards.
-- Owned by report/data/BulletinNumberStore.

CREATE TABLE bulletin_number (
    as_of DATE NOT NULL,
    number_pattern VARCHAR(200) NOT NULL,
    seq INTEGER NOT NULL,
    number VARCHAR(200) NOT NULL,
    assigned_at TIMESTAMP NOT NULL,
    CONSTRAINT bulletin_number_pk PRIMARY KEY (as_of, number_pattern),
    CONSTRAINT bulletin_number_seq UNIQUE (number_pattern, seq)
);
