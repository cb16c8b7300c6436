import { requireStaff } from "@/lib/auth/require-staff";
import { orderWhere, parseOrderQuery } from "@/lib/orders/list-query";
import { orderCsvStream } from "@/lib/triage/orders-csv";

/** The Orders list (same filters, every page) as a CSV download. */
export async function GET(request: Request) {
  await requireStaff();
  const query = parseOrderQuery(new URL(request.url).searchParams);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(orderCsvStream(orderWhere(query)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
