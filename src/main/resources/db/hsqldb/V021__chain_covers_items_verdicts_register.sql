-- Schema 21: the rectification chain covers more than the items' events (issue 24, point 9). An event may now
-- attest a row another table keeps, so that changing that row behind the toolkit's back shows in the audit:
--   ISSUE    subject_hash: the SHA-256 of the item's fixed fields (county, rule, household, case, deadline, masked
--            detail, notice number, ...), computed when the item is opened;
--   VERDICT  no item; subject: the finding's stable key; subject_hash: the verdict, who, when and why;
--   REGISTER no item; subject: 'register:' and the register row's id; subject_hash: the row's fields with the
--            document's SHA-256.
-- The event's own hash covers subject and subject_hash when they are set (events before schema 21 keep theirs).

ALTER TABLE rect_event ALTER COLUMN item_id SET NULL;
ALTER TABLE rect_event ADD COLUMN subject VARCHAR(400);
ALTER TABLE rect_event ADD COLUMN subject_hash VARCHAR(64);
CREATE INDEX rect_event_subject ON rect_event (subject);
