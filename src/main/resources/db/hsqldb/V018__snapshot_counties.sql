-- Schema 18: the households of each county of a snapshot, recorded when it is published (issue 16). Every job
-- starts by listing the snapshot's counties and their sizes (to partition by county, largest first), and the
-- report and focus lists list the counties too; asking the household table each time walked every household
-- row of the snapshot (HSQLDB keeps a cached table's index nodes in its rows), about a minute per question at a
-- million households. Encoded as "code=count;code=count", in code order; null for a snapshot published before
-- this schema, whose counties are then counted from its rows as before. Owned by store/Snapshots.

ALTER TABLE snapshot ADD COLUMN county_households VARCHAR(4000);
