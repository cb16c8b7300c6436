/** RFC 6266: an ASCII fallback for old clients, the exact name in UTF-8 for the rest. */
export function contentDisposition(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// Sender-declared types are not trusted: anything else is served as bytes to download, so an HTML or
// SVG "attachment" can never run in our origin.
const SAFE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "text/plain"]);

/** A stored file as a download: never rendered in our origin, never sniffed, never cached. */
export function fileDownload(file: { filename: string; contentType: string; content: Uint8Array }) {
  const type = file.contentType.split(";")[0]!.trim().toLowerCase();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": SAFE_TYPES.has(type) ? type : "application/octet-stream",
      "Content-Length": String(file.content.length),
      "Content-Disposition": contentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
