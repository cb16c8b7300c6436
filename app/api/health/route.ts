import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** GET /api/health → 200 when the database answers (with the mail queue's depth), else 503. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
