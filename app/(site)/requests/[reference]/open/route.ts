import { checkRequesterLink } from "@/lib/requesters/links";
import { startRequesterSession } from "@/lib/requesters/session";

// Where a private link lands (the page sends ?token=… here): a valid token starts the requester's
// session and sends them on to the clean address, so the token stays out of the address bar and the
// history; any other lands on the page that explains it and offers a new link.
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const reference = (await params).reference.toUpperCase();
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const check = await checkRequesterLink({ reference, token });
  const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
  if (!check.ok) {
    const to = `/requests?link=${check.reason}&reference=${encodeURIComponent(reference)}`;
    return new Response(null, { status: 303, headers: { ...headers, Location: to } });
  }
  await startRequesterSession(check);
  return new Response(null, { status: 303, headers: { ...headers, Location: `/requests/${encodeURIComponent(reference)}` } });
}
