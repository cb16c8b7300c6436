import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { formatDuration } from "@/lib/inquiries/sla";
import { heartbeat, leave } from "@/lib/triage/presence";

// The collision notice's heartbeat: POST {"activity":"VIEWING"|"REPLYING"} every ~20 s while the
// inquiry page is open, answered with who else has it open; DELETE when the tab closes.

const noStore = { "Cache-Control": "private, no-store" };

async function inquiryIdOf(params: Promise<{ reference: string }>) {
  const { reference } = await params;
  if (reference.length > 40) return null;
  const inquiry = await db.inquiry.findUnique({ where: { reference: reference.toUpperCase() }, select: { id: true } });
  return inquiry?.id ?? null;
}

export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const staff = await requireStaff();
  const body: unknown = await request.json().catch(() => null);
  const activity = (body as { activity?: unknown } | null)?.activity;
  if (activity !== "VIEWING" && activity !== "REPLYING")
    return Response.json({ error: "activity must be VIEWING or REPLYING" }, { status: 400 });
  const inquiryId = await inquiryIdOf(params);
  if (!inquiryId) return Response.json({ error: "Not found" }, { status: 404, headers: noStore });
  const now = new Date();
  const others = await heartbeat({ inquiryId, staffId: staff.id, activity, now });
  return Response.json(
    { others: others.map((o) => ({ name: o.name, activity: o.activity, for: formatDuration(now.getTime() - o.since.getTime()) })) },
    { headers: noStore },
  );
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const staff = await requireStaff();
  const inquiryId = await inquiryIdOf(params);
  if (inquiryId) await leave({ inquiryId, staffId: staff.id });
  return new Response(null, { status: 204, headers: noStore });
}
