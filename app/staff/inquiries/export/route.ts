import { requireStaff } from "@/lib/auth/require-staff";
import { inquiryCsvStream } from "@/lib/triage/export-csv";
import { inboxWhere, parseInboxQuery } from "@/lib/triage/inbox-query";

/** The inbox view (same filters and sort, every page) as a CSV download. */
export async function GET(request: Request) {
  const staff = await requireStaff();
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(inquiryCsvStream(inboxWhere(query, staff.id), { sort: query.sort }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
