-- The round robin's claim (lib/inquiries/round-robin.ts) as one call, so a submission pays one round
-- trip for it instead of four (BEGIN, lock, update, COMMIT). Claims of one kind are serialised by a
-- transaction-scoped advisory lock; the UPDATE runs after the lock is granted with a fresh snapshot
-- (a VOLATILE function takes one per statement), so a claim that waited sees the turn just taken and
-- picks the next member. Row locks alone would let it pick the member just taken. The turn is stamped
-- with clock_timestamp() so claims within one transaction still order.
CREATE FUNCTION claim_auto_assignee(kind "InquiryKind") RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  claimed text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('round-robin'), hashtext(kind::text));
  UPDATE "StaffMember" SET "lastAutoAssignedAt" = clock_timestamp()
   WHERE id = (
     SELECT id FROM "StaffMember"
      WHERE active AND kind = ANY("autoAssignKinds")
      ORDER BY "lastAutoAssignedAt" ASC NULLS FIRST, id ASC
      LIMIT 1)
  RETURNING id INTO claimed;
  RETURN claimed;
END
$$;
