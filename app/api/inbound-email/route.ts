import { env } from "@/lib/env";
import { handleInboundRequest } from "@/lib/triage/inbound-email";

// The mail provider's webhook: one raw message per POST, authenticated by INBOUND_EMAIL_SECRET.
export async function POST(request: Request) {
  return handleInboundRequest(request, { secret: env.INBOUND_EMAIL_SECRET });
}
