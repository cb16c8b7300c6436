import "server-only";
import { db } from "@/lib/db";
import type { PresenceActivity } from "@/lib/generated/prisma/enums";

/** The page pings every ~20 s; a row not seen for this long belongs to a closed tab. */
export const PRESENCE_TTL_MS = 60_000;
// Nobody needs to read more names than this in one notice.
const MAX_SHOWN = 8;

/**
 * Record that `staffId` has the inquiry open (viewing or replying) and answer who else does. The
 * "since" of a row restarts when the activity changes or after the row went stale.
 */
export async function heartbeat({
  inquiryId,
  staffId,
  activity,
  now = new Date(),
}: {
  inquiryId: string;
  staffId: string;
  activity: PresenceActivity;
  now?: Date;
}) {
  const stale = new Date(now.getTime() - PRESENCE_TTL_MS);
  await db.$executeRaw`
    INSERT INTO "InquiryPresence" ("inquiryId", "staffId", "activity", "since", "seenAt")
    VALUES (${inquiryId}, ${staffId}, ${activity}::"PresenceActivity", ${now}, ${now})
    ON CONFLICT ("inquiryId", "staffId") DO UPDATE SET
      "since" = CASE
        WHEN "InquiryPresence"."activity" <> EXCLUDED."activity" OR "InquiryPresence"."seenAt" < ${stale} THEN EXCLUDED."since"
        ELSE "InquiryPresence"."since" END,
      "activity" = EXCLUDED."activity",
      "seenAt" = EXCLUDED."seenAt"`;
  // Closed tabs leave rows behind; each heartbeat clears its inquiry's, so the table stays small.
  await db.inquiryPresence.deleteMany({ where: { inquiryId, seenAt: { lt: stale } } });
  return othersPresent({ inquiryId, staffId, now });
}

/** Who else has the inquiry open now, longest first; never the asker. */
export async function othersPresent({ inquiryId, staffId, now = new Date() }: { inquiryId: string; staffId: string; now?: Date }) {
  const rows = await db.inquiryPresence.findMany({
    where: { inquiryId, staffId: { not: staffId }, seenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { since: "asc" },
    take: MAX_SHOWN,
    select: { activity: true, since: true, staff: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ staffId: r.staff.id, name: r.staff.name, activity: r.activity, since: r.since }));
}

/** The tab was closed: leave at once rather than after the minute. */
export async function leave({ inquiryId, staffId }: { inquiryId: string; staffId: string }) {
  await db.inquiryPresence.deleteMany({ where: { inquiryId, staffId } });
}
