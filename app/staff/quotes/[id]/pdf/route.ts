import { requireStaff } from "@/lib/auth/require-staff";
import { quotePdfFor } from "@/lib/quotes/quote-pdf";

const ID = /^[a-z0-9]{1,40}$/i;

/** A quote's PDF for staff: the bytes the requester received once sent, a rendering marked as a draft before. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const pdf = ID.test(id) ? await quotePdfFor(id) : null;
  if (!pdf) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.bytes.length),
      // Inline, so it opens in the browser's viewer; the name is our own ASCII quote number.
      "Content-Disposition": `inline; filename="${pdf.filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
