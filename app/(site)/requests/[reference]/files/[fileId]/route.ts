import { fileDownload } from "@/lib/http/content-disposition";
import { getOwnFile } from "@/lib/requesters/access";
import { currentRequester } from "@/lib/requesters/session";

// Someone else's file, a guessed id and no session all get the same answer.
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; fileId: string }> }) {
  const session = await currentRequester();
  if (!session) return notFound();
  const { reference, fileId } = await params;
  const file = await getOwnFile(session, reference, fileId);
  return file ? fileDownload(file) : notFound();
}
