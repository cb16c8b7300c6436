/**
 * A request body read up to `limit` bytes, or null if it is longer (answer 413). A declared
 * Content-Length over the limit is refused before reading; a chunked body is counted as it arrives,
 * so nothing larger than the limit is ever held in memory.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export const payloadTooLarge = (limit: number) =>
  Response.json({ error: `Request bodies over ${Math.round(limit / 1024)} kB are refused` }, { status: 413 });
