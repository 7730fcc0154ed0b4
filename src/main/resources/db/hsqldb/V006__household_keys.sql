-- Schema 6: roll rows keyed by (snapshot, household, source line) instead of (source line, snapshot).
-- Every read of a roll goes by household (a page of households, then each child table over the page's
-- id span), and the import writer knows each row's household, so one index can serve both: the separate
-- household indexes go, and an import maintains about 40 % fewer index entries. HSQLDB ranks indexes by
-- equality matches and prefers the primary key on a tie, so "snapshot_id = ? AND household_id BETWEEN"
-- now runs on the primary key and returns its rows in key order; lookups by identity number or case id
-- (two equality matches) keep their own indexes.

ALTER TABLE household DROP PRIMARY KEY;
DROP INDEX household_household;
ALTER TABLE household ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE member DROP PRIMARY KEY;
DROP INDEX member_household;
ALTER TABLE member ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE income DROP PRIMARY KEY;
DROP INDEX income_household;
ALTER TABLE income ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE deduction DROP PRIMARY KEY;
DROP INDEX deduction_household;
ALTER TABLE deduction ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE asset DROP PRIMARY KEY;
DROP INDEX asset_household;
ALTER TABLE asset ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE obligor DROP PRIMARY KEY;
DROP INDEX obligor_household;
ALTER TABLE obligor ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE assistance_case DROP PRIMARY KEY;
DROP INDEX assistance_case_household;
ALTER TABLE assistance_case ADD PRIMARY KEY (snapshot_id, household_id, source_line);

ALTER TABLE registered_poor DROP PRIMARY KEY;
DROP INDEX registered_poor_poor_household_id;
ALTER TABLE registered_poor ADD PRIMARY KEY (snapshot_id, poor_household_id, source_line);
