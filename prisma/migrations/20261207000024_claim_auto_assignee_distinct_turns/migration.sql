-- Turns are stamped in milliseconds (timestamp(3)). Claims one round trip apart can fall within one
-- millisecond: two members stamped alike tie, the tie goes to the lower id, and that member kept
-- winning while the clock stood still. Under the advisory lock each turn is now stamped at least 1 ms
-- after the latest one, so every claim moves its member strictly to the back of the queue.
CREATE OR REPLACE FUNCTION claim_auto_assignee(kind "InquiryKind") RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  claimed text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('round-robin'), hashtext(kind::text));
  UPDATE "StaffMember"
     SET "lastAutoAssignedAt" = GREATEST(
           clock_timestamp(),
           (SELECT max(m."lastAutoAssignedAt") FROM "StaffMember" m) + interval '1 millisecond')
   WHERE id = (
     SELECT id FROM "StaffMember"
      WHERE active AND kind = ANY("autoAssignKinds")
      ORDER BY "lastAutoAssignedAt" ASC NULLS FIRST, id ASC
      LIMIT 1)
  RETURNING id INTO claimed;
  RETURN claimed;
END
$$;
