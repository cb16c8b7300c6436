import { requireStaff } from "@/lib/auth/require-staff";
import { getAttachment } from "@/lib/triage/inbound-email";

// Sender-declared types are not trusted: anything else is served as bytes to download, so an HTML or
// SVG "attachment" can never run in our origin.
const SAFE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "text/plain"]);

/** RFC 6266: an ASCII fallback for old clients, the exact name in UTF-8 for the rest. */
function contentDisposition(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const attachment = await getAttachment(id);
  if (!attachment) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const type = attachment.contentType.split(";")[0]!.trim().toLowerCase();
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": SAFE_TYPES.has(type) ? type : "application/octet-stream",
      "Content-Length": String(attachment.content.length),
      "Content-Disposition": contentDisposition(attachment.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
