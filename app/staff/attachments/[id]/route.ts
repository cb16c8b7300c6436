import { requireStaff } from "@/lib/auth/require-staff";
import { fileDownload } from "@/lib/http/content-disposition";
import { getAttachment } from "@/lib/triage/inbound-email";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const attachment = await getAttachment(id);
  if (!attachment) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return fileDownload(attachment);
}
